package org.opendoors.offer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;
import org.opendoors.base.AbstractEntity;

/** A kind of opportunity (CV clinic, work trial …), light-touch or structured. ADMIN keeps the list. */
@Entity
@Table(name = "offer_type")
@Audited
public class OfferType extends AbstractEntity {

    @Column(name = "name", nullable = false, length = 100, unique = true)
    private String name;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "category", nullable = false, length = 20)
    private OfferCategory category;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    protected OfferType() {
    }

    OfferType(String name, OfferCategory category, int sortOrder) {
        this.name = name;
        this.category = category;
        this.sortOrder = sortOrder;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    public String getName() {
        return name;
    }

    public OfferCategory getCategory() {
        return category;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public boolean isActive() {
        return active;
    }
}
