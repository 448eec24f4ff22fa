package org.opendoors.socialvalue;

import java.math.BigDecimal;
import java.util.List;

/**
 * A KPI as procurement sets it up: a measure and its target, the same each period or a total over the contract.
 * For a total, {@code profile} gives each period's share; empty spreads the total evenly.
 */
public record KpiTarget(long measureId, TargetKind kind, BigDecimal amount, List<BigDecimal> profile) {

    public static KpiTarget eachPeriod(long measureId, BigDecimal amount) {
        return new KpiTarget(measureId, TargetKind.EACH_PERIOD, amount, List.of());
    }

    public static KpiTarget total(long measureId, BigDecimal amount, List<BigDecimal> profile) {
        return new KpiTarget(measureId, TargetKind.TOTAL, amount, profile);
    }
}
