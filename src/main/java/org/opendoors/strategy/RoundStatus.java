package org.opendoors.strategy;

/** A progress round is drafted, then published; a published round is frozen. */
public enum RoundStatus {
    DRAFT("Draft"), PUBLISHED("Published");

    private final String label;

    RoundStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
