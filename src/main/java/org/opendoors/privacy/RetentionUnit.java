package org.opendoors.privacy;

import java.time.LocalDate;

/** The unit of a retention period. */
public enum RetentionUnit {
    DAYS("days", "day"), MONTHS("months", "month"), YEARS("years", "year");

    private final String plural;
    private final String singular;

    RetentionUnit(String plural, String singular) {
        this.plural = plural;
        this.singular = singular;
    }

    /** e.g. "30 days", "1 year". */
    public String describe(int amount) {
        return amount + " " + (amount == 1 ? singular : plural);
    }

    public String label() {
        return plural.substring(0, 1).toUpperCase() + plural.substring(1);
    }

    LocalDate before(LocalDate day, int amount) {
        return switch (this) {
            case DAYS -> day.minusDays(amount);
            case MONTHS -> day.minusMonths(amount);
            case YEARS -> day.minusYears(amount);
        };
    }
}
