package org.opendoors.socialvalue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;
import org.opendoors.base.AbstractEntity;

/** A social value measure contracts can commit to, e.g. "CL3 work experience placements for care leavers". */
@Entity
@Table(name = "measure")
@Audited
public class Measure extends AbstractEntity {

    @Column(name = "code", nullable = false, length = 10, unique = true)
    private String code;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "unit", nullable = false, length = 20)
    private MeasureUnit unit;

    @Column(name = "evidence_required", length = 500)
    private String evidenceRequired;

    /** Optional proxy value in pence per unit, for social value in £. */
    @Column(name = "proxy_pence")
    private Long proxyPence;

    @Column(name = "ringfenced", nullable = false)
    private boolean ringfenced;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "source", nullable = false, length = 30)
    private MeasureSource source = MeasureSource.NONE;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    protected Measure() {
    }

    Measure(String code, String name, MeasureUnit unit, String evidenceRequired, Long proxyPence, boolean ringfenced) {
        this.code = code;
        this.name = name;
        this.unit = unit;
        this.evidenceRequired = evidenceRequired;
        this.proxyPence = proxyPence;
        this.ringfenced = ringfenced;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public MeasureUnit getUnit() {
        return unit;
    }

    public String getEvidenceRequired() {
        return evidenceRequired;
    }

    public Long getProxyPence() {
        return proxyPence;
    }

    public boolean isRingfenced() {
        return ringfenced;
    }

    public MeasureSource getSource() {
        return source;
    }

    public boolean isActive() {
        return active;
    }

    public String label() {
        return code + " " + name + " (" + unit.label() + ")";
    }
}
