package org.opendoors.organisation;

/** Number of employees, in the bands the UK government uses for business size. */
public enum SizeBand {
    MICRO("Fewer than 10 employees"),
    SMALL("10 to 49 employees"),
    MEDIUM("50 to 249 employees"),
    LARGE("250 or more employees");

    private final String label;

    SizeBand(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
