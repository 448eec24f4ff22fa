package org.opendoors.privacy;

/**
 * The kinds of personal data with a retention period, what the period counts from and what happens at its end.
 * The module that holds each kind applies its own {@link RetentionRule}.
 */
public enum RetentionKind {
    UNCONFIRMED_REGISTRATIONS("Unconfirmed employer registrations", "the day of registration",
            "Deleted, with their audit copies"),
    EVENT_ATTENDEES("Event attendees' contact details and needs", "the day the event ends",
            "Name, e-mail address, dietary and access needs and answers removed; attendance counts kept"),
    SENT_EMAILS("Sent e-mails", "the day they were sent", "Deleted"),
    DISABLED_ACCOUNTS("Disabled user accounts", "the day the account was disabled",
            "Name and e-mail address removed, with their audit copies; the account can never sign in"),
    CRM_ACTIVITIES("CRM activities (calls, meetings, visits, check-ins)", "the day of the activity",
            "Deleted, with their audit copies"),
    EVIDENCE_FILES("Social value evidence files", "the day the contract ends", "Deleted");

    private final String label;
    private final String countedFrom;
    private final String thenWhat;

    RetentionKind(String label, String countedFrom, String thenWhat) {
        this.label = label;
        this.countedFrom = countedFrom;
        this.thenWhat = thenWhat;
    }

    public String label() {
        return label;
    }

    public String countedFrom() {
        return countedFrom;
    }

    public String thenWhat() {
        return thenWhat;
    }
}
