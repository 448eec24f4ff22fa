package org.opendoors.offer;

public enum OfferMode {
    IN_PERSON("In person"), VIRTUAL("Virtual"), EITHER("In person or virtual");

    private final String label;

    OfferMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
