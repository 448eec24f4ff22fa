package org.opendoors.offer;

public enum OfferTiming {
    ON_DATE("On a date"), RECURRING("Regularly"), ON_REQUEST("On request");

    private final String label;

    OfferTiming(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
