package org.opendoors.socialvalue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.opendoors.base.FieldValidationException;

/** Turns a KPI's target into one target per reporting period. */
public final class TargetProfiles {

    private TargetProfiles() {
    }

    /**
     * Spreads a total evenly over the periods in whole units (or pence-like hundredths when the total has a
     * fraction); what does not divide goes to the last periods, when delivery usually ramps up.
     */
    public static List<BigDecimal> even(BigDecimal total, int periods) {
        BigDecimal step = total.stripTrailingZeros().scale() <= 0 ? BigDecimal.ONE : new BigDecimal("0.01");
        long units = total.divide(step).longValue();
        long base = units / periods;
        long remainder = units % periods;
        List<BigDecimal> shares = new ArrayList<>(periods);
        for (int i = 0; i < periods; i++) {
            long share = base + (i >= periods - remainder ? 1 : 0);
            shares.add(step.multiply(BigDecimal.valueOf(share)));
        }
        return shares;
    }

    /** Each period's target, checked: {@code field} names the field a problem is shown next to. */
    static List<BigDecimal> perPeriod(KpiTarget target, int periods, String field) {
        if (target.kind() == null) {
            throw new FieldValidationException(field, "Say whether the target is per period or a total over the contract");
        }
        if (target.amount() == null || target.amount().signum() <= 0) {
            throw new FieldValidationException(field, "Enter a target above zero");
        }
        if (target.kind() == TargetKind.EACH_PERIOD) {
            return Collections.nCopies(periods, target.amount());
        }
        List<BigDecimal> profile = target.profile() == null ? List.of() : target.profile();
        if (profile.isEmpty()) {
            return even(target.amount(), periods);
        }
        if (profile.size() != periods) {
            throw new FieldValidationException(field, "Give a figure for each of the " + periods + " periods");
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal share : profile) {
            if (share == null || share.signum() < 0) {
                throw new FieldValidationException(field, "Enter zero or more for each period");
            }
            sum = sum.add(share);
        }
        if (sum.compareTo(target.amount()) != 0) {
            throw new FieldValidationException(field, "The periods add up to " + sum.stripTrailingZeros().toPlainString()
                    + ", not the total of " + target.amount().stripTrailingZeros().toPlainString());
        }
        return profile;
    }
}
