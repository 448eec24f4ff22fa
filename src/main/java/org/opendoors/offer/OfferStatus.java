package org.opendoors.offer;

public enum OfferStatus {
    OPEN("Open"), FULL("Full"), CLOSED("Closed");

    private final String label;

    OfferStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
