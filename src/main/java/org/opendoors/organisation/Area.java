package org.opendoors.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.opendoors.base.AbstractEntity;

/** A part of the council's patch; ADMIN keeps the list. */
@Entity
@Table(name = "area")
@Audited
public class Area extends AbstractEntity {

    @Column(name = "name", nullable = false, length = 100, unique = true)
    private String name;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    protected Area() {
    }

    Area(String name) {
        this.name = name;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    public String getName() {
        return name;
    }

    public boolean isActive() {
        return active;
    }
}
