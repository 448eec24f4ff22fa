package org.opendoors.socialvalue;

public enum MeasureUnit {
    PEOPLE_FTE("people (FTE)"), WEEKS("weeks"), HOURS("hours"), PLACEMENTS("placements"), VISITS("visits"), POUNDS("£");

    private final String label;

    MeasureUnit(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** An amount in this unit as people write it: "£1500" or "23 hours". */
    public String format(java.math.BigDecimal amount) {
        String figure = amount.stripTrailingZeros().toPlainString();
        return this == POUNDS ? "£" + figure : figure + " " + label;
    }
}
