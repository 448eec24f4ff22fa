package org.opendoors.event;

public enum SignupStatus {
    CONFIRMED("Confirmed"), WAITLISTED("On the waiting list"), CANCELLED("Cancelled");

    private final String label;

    SignupStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
