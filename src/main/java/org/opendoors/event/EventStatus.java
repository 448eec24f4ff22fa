package org.opendoors.event;

public enum EventStatus {
    DRAFT("Draft"), PUBLISHED("Published"), CANCELLED("Cancelled");

    private final String label;

    EventStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
