package org.opendoors.brokerage;

public enum PlaceRequestStatus {
    REQUESTED("Waiting for the employer"), ACCEPTED("Accepted"), DECLINED("Declined"), PLACED("Placement started");

    private final String label;

    PlaceRequestStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
