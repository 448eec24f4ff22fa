package org.opendoors.organisation;

/** How a consent answer reached Open Doors. */
public enum ConsentMethod {
    REGISTRATION("Registration"),
    PROFILE("Organisation profile"),
    IMPORT("CSV import"),
    ADMIN("Council staff");

    private final String label;

    ConsentMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
