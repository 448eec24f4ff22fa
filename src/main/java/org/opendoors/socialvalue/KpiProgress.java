package org.opendoors.socialvalue;

import java.math.BigDecimal;
import java.util.List;

/** One KPI of a contract across its periods, with social value in pence where the measure has a proxy. */
public record KpiProgress(String measure, boolean ringfenced, List<PeriodFigure> periods, Long socialValuePence) {

    /** Target and actual for one period, and both cumulated from period 1; the period's grade once accepted. */
    public record PeriodFigure(int number, BigDecimal target, BigDecimal actual, BigDecimal cumulativeTarget,
                               BigDecimal cumulativeActual, ReturnStatus status, Grade grade) {
    }
}
