package org.opendoors.socialvalue;

import java.math.BigDecimal;
import java.util.List;

/**
 * One KPI of a contract across its periods, its trend, and social value in pence where the measure has a
 * proxy and something has been reported.
 */
public record KpiProgress(String measure, boolean ringfenced, List<PeriodFigure> periods, Trend trend, Long socialValuePence) {

    /** Target and actual for one period (actual null until a return is submitted), both cumulated from period 1. */
    public record PeriodFigure(int number, BigDecimal target, BigDecimal actual, BigDecimal cumulativeTarget,
                               BigDecimal cumulativeActual, ReturnStatus status, Grade grade) {
    }
}
