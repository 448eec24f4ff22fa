package org.opendoors.socialvalue;

import java.math.BigDecimal;

/** The scale the councils already use for progress against commitments. */
public enum Grade {
    FULLY_ACHIEVED(1, "Fully achieved", "#00703c"),
    ON_TRACK(2, "On track", "#1d70b8"),
    SLIPPED(3, "Slipped", "#8a5a00"),
    NOT_ACHIEVED(4, "Not achieved", "#d4351c");

    private final int number;
    private final String label;
    private final String colour;

    Grade(int number, String label, String colour) {
        this.number = number;
        this.label = label;
        this.colour = colour;
    }

    public int number() {
        return number;
    }

    public String label() {
        return number + " " + label;
    }

    /** Shown with its text label, never colour alone (WCAG 1.4.1). */
    public String colour() {
        return colour;
    }

    public static Grade of(int number) {
        for (Grade grade : values()) {
            if (grade.number == number) {
                return grade;
            }
        }
        throw new IllegalArgumentException("No grade " + number);
    }

    /**
     * The suggestion from cumulative actual against cumulative target: all of it is fully achieved; at least
     * 90% on track; at least half slipped; less than half not achieved.
     */
    public static Grade suggested(BigDecimal cumulativeActual, BigDecimal cumulativeTarget) {
        if (cumulativeTarget.signum() <= 0 || cumulativeActual.compareTo(cumulativeTarget) >= 0) {
            return FULLY_ACHIEVED;
        }
        BigDecimal ratio = cumulativeActual.divide(cumulativeTarget, 4, java.math.RoundingMode.HALF_UP);
        if (ratio.compareTo(new BigDecimal("0.9")) >= 0) {
            return ON_TRACK;
        }
        return ratio.compareTo(new BigDecimal("0.5")) >= 0 ? SLIPPED : NOT_ACHIEVED;
    }
}
