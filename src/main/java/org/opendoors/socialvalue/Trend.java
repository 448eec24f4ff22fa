package org.opendoors.socialvalue;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Which way a KPI is going: the share of its target met in the latest reported period against the one before. */
public enum Trend {
    IMPROVING("Improving"), STEADY("Steady"), FALLING("Falling"), TOO_EARLY("Too early to tell");

    /** A change smaller than this share of the target reads as steady. */
    private static final BigDecimal STEADY_BAND = new BigDecimal("0.05");

    private final String label;

    Trend(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** From the two latest reported periods: each one's actual as a share of its target. */
    static Trend between(BigDecimal previousActual, BigDecimal previousTarget, BigDecimal latestActual, BigDecimal latestTarget) {
        if (previousActual == null || latestActual == null) {
            return TOO_EARLY;
        }
        BigDecimal change = share(latestActual, latestTarget).subtract(share(previousActual, previousTarget));
        if (change.abs().compareTo(STEADY_BAND) < 0) {
            return STEADY;
        }
        return change.signum() > 0 ? IMPROVING : FALLING;
    }

    /** A period with no target counts as fully met when anything was delivered. */
    private static BigDecimal share(BigDecimal actual, BigDecimal target) {
        if (target.signum() <= 0) {
            return actual.signum() > 0 ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        return actual.divide(target, 4, RoundingMode.HALF_UP).min(BigDecimal.ONE);
    }
}
