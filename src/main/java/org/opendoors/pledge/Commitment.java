package org.opendoors.pledge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.opendoors.base.AbstractEntity;

/** One thing an employer can pledge, from the catalogue ADMIN keeps (seeded from the partner commitment). */
@Entity
@Table(name = "commitment")
@Audited
public class Commitment extends AbstractEntity {

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "description", length = 500)
    private String description;

    /** What the yearly quantity counts, e.g. "placements"; empty when a number makes no sense. */
    @Column(name = "quantity_unit", length = 50)
    private String quantityUnit;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    protected Commitment() {
    }

    Commitment(String title, String description, String quantityUnit, int sortOrder) {
        this.title = title;
        this.description = description;
        this.quantityUnit = quantityUnit;
        this.sortOrder = sortOrder;
    }

    void update(String title, String description, String quantityUnit, boolean active) {
        this.title = title;
        this.description = description;
        this.quantityUnit = quantityUnit;
        this.active = active;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getQuantityUnit() {
        return quantityUnit;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public boolean isActive() {
        return active;
    }
}
