package org.opendoors.offer;

public enum OfferCategory {
    LIGHT_TOUCH("Light-touch"), STRUCTURED("Structured");

    private final String label;

    OfferCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
