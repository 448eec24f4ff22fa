package org.opendoors.organisation;

public enum ActivityType {
    CALL("Call"),
    MEETING("Meeting"),
    EMAIL("E-mail"),
    VISIT("Visit"),
    QUARTERLY_CHECK_IN("Quarterly check-in");

    private final String label;

    ActivityType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
