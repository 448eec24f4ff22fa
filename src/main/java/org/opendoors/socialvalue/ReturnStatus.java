package org.opendoors.socialvalue;

public enum ReturnStatus {
    DRAFT("Draft"), SUBMITTED("Submitted"), QUERIED("Queried"), ACCEPTED("Accepted");

    private final String label;

    ReturnStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
