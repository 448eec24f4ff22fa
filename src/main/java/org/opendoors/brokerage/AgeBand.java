package org.opendoors.brokerage;

public enum AgeBand {
    AGE_16_17("16 to 17"), AGE_18_20("18 to 20"), AGE_21_25("21 to 25");

    private final String label;

    AgeBand(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
