package org.opendoors.base.figures;

/** What a breakdown groups by. */
public enum Dimension {
    MONTH("Month"), SECTOR("Sector"), AREA("Area"), TYPE("Type");

    private final String label;

    Dimension(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
