package org.opendoors.brokerage;

/** SENT → ACCEPTED | DECLINED | EXPIRED; ACCEPTED → SCHEDULED → DONE; CANCELLED from SENT, ACCEPTED or SCHEDULED. */
public enum AskStatus {
    SENT("Waiting for an answer"), ACCEPTED("Accepted"), DECLINED("Declined"), EXPIRED("No answer in time"),
    SCHEDULED("Scheduled"), DONE("Done"), CANCELLED("Cancelled");

    private final String label;

    AskStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
