package org.opendoors.socialvalue;

public enum ReportingFrequency {
    QUARTERLY("Quarterly", 3), SIX_MONTHLY("Every six months", 6), ANNUAL("Annually", 12);

    private final String label;
    private final int months;

    ReportingFrequency(String label, int months) {
        this.label = label;
        this.months = months;
    }

    public String label() {
        return label;
    }

    public int months() {
        return months;
    }
}
