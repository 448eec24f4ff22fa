package org.opendoors.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;
import org.opendoors.base.AbstractEntity;

/** A business, contractor, partner, charity or public body the council works with. */
@Entity
@Table(name = "organisation")
@Audited
public class Organisation extends AbstractEntity {

    public static final int NAME_MAX_LENGTH = 200;
    public static final int SECTOR_MAX_LENGTH = 100;
    public static final int AREA_MAX_LENGTH = 100;

    @NotBlank
    @Size(max = NAME_MAX_LENGTH)
    @Column(name = "name", nullable = false, length = NAME_MAX_LENGTH)
    private String name;

    @Size(max = SECTOR_MAX_LENGTH)
    @Column(name = "sector", length = SECTOR_MAX_LENGTH)
    private String sector;

    @Size(max = AREA_MAX_LENGTH)
    @Column(name = "area", length = AREA_MAX_LENGTH)
    private String area;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "status", nullable = false, length = 20)
    private OrganisationStatus status = OrganisationStatus.PROSPECT;

    protected Organisation() {
    }

    Organisation(String name, String sector, String area, OrganisationStatus status) {
        this.name = name;
        this.sector = sector;
        this.area = area;
        this.status = status;
    }

    public String getName() {
        return name;
    }

    public String getSector() {
        return sector;
    }

    public String getArea() {
        return area;
    }

    public OrganisationStatus getStatus() {
        return status;
    }
}
