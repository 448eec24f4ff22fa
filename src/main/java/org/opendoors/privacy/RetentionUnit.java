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

    /**
     * The last day whose period has ended by {@code today}: the latest day {@code d} with {@code d + amount <= today}.
     * Not simply {@code today - amount}: a record of 29 February is due on 28 February six years later, and one of
     * 31 March a month later on 30 April.
     */
    LocalDate lastDayEndedBy(LocalDate today, int amount) {
        LocalDate cutoff = minus(today, amount);
        while (!plus(cutoff.plusDays(1), amount).isAfter(today)) {
            cutoff = cutoff.plusDays(1);
        }
        return cutoff;
    }

    private LocalDate minus(LocalDate day, int amount) {
        return switch (this) {
            case DAYS -> day.minusDays(amount);
            case MONTHS -> day.minusMonths(amount);
            case YEARS -> day.minusYears(amount);
        };
    }

    private LocalDate plus(LocalDate day, int amount) {
        return switch (this) {
            case DAYS -> day.plusDays(amount);
            case MONTHS -> day.plusMonths(amount);
            case YEARS -> day.plusYears(amount);
        };
    }
}
