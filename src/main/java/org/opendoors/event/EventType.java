package org.opendoors.event;

public enum EventType {
    PLEDGE_BREAKFAST("Pledge breakfast"), INSIGHT_SESSION("Insight session"), CAREERS_FAIR("Careers fair"),
    EMPLOYER_NETWORK("Employer network"), WEBINAR("Webinar");

    private final String label;

    EventType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
