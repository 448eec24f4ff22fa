package org.opendoors.socialvalue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Objects;

/** A KPI's target for one reporting period. */
@Embeddable
public class PeriodTarget {

    @Column(name = "period_number", nullable = false)
    private int periodNumber;

    @Column(name = "target", nullable = false, precision = 12, scale = 2)
    private BigDecimal target;

    protected PeriodTarget() {
    }

    PeriodTarget(int periodNumber, BigDecimal target) {
        this.periodNumber = periodNumber;
        this.target = target;
    }

    public int getPeriodNumber() {
        return periodNumber;
    }

    public BigDecimal getTarget() {
        return target;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PeriodTarget that && periodNumber == that.periodNumber && target.compareTo(that.target) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(periodNumber, target.stripTrailingZeros());
    }
}
