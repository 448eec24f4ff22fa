package org.opendoors.brokerage;

public enum PlacementOutcome {
    COMPLETED("Completed"),
    LEFT_EARLY("Left early"),
    PROGRESSED_TO_EMPLOYMENT("Progressed to employment"),
    PROGRESSED_TO_APPRENTICESHIP("Progressed to an apprenticeship"),
    PROGRESSED_TO_EDUCATION("Progressed to education");

    private final String label;

    PlacementOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isProgression() {
        return name().startsWith("PROGRESSED");
    }
}
