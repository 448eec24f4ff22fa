package org.opendoors.event;

public enum EventAudience {
    EMPLOYERS("Employers"), ADVISERS("Personal advisers"), BOTH("Employers and personal advisers");

    private final String label;

    EventAudience(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
