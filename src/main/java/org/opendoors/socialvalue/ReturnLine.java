package org.opendoors.socialvalue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.hibernate.envers.Audited;
import org.opendoors.base.AbstractEntity;

/** The actual for one KPI in a return, beside what Open Doors itself recorded. */
@Entity
@Table(name = "return_line")
@Audited
public class ReturnLine extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "return_id", nullable = false)
    private KpiReturn kpiReturn;

    @Column(name = "kpi_id", nullable = false)
    private long kpiId;

    @Column(name = "actual", precision = 12, scale = 2)
    private BigDecimal actual;

    /** What Open Doors recorded for the supplier in the period (placements, deliveries …), if the measure has a source. */
    @Column(name = "recorded", precision = 12, scale = 2)
    private BigDecimal recorded;

    public static final int REASON_MAX_LENGTH = 500;

    @Column(name = "difference_reason", length = REASON_MAX_LENGTH)
    private String differenceReason;

    protected ReturnLine() {
    }

    ReturnLine(KpiReturn kpiReturn, long kpiId) {
        this.kpiReturn = kpiReturn;
        this.kpiId = kpiId;
    }

    void report(BigDecimal actual, BigDecimal recorded, String differenceReason) {
        this.actual = actual;
        this.recorded = recorded;
        this.differenceReason = differenceReason;
    }

    public long getKpiId() {
        return kpiId;
    }

    public BigDecimal getActual() {
        return actual;
    }

    public BigDecimal getRecorded() {
        return recorded;
    }

    public String getDifferenceReason() {
        return differenceReason;
    }
}
