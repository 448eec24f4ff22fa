package org.opendoors.brokerage;

public enum SustainmentResult {
    IN_EET("Still in education, employment or training"), NOT_IN_EET("No longer in education, employment or training");

    private final String label;

    SustainmentResult(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
