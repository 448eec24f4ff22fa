package org.opendoors.pledge;

/**
 * DRAFT → SUBMITTED → APPROVED, or RETURNED (with a reason) → SUBMITTED again. An approved pledge is due
 * for renewal 12 months on: RENEWED (another 12 months) or LAPSED. WITHDRAWN at any time.
 */
public enum PledgeStatus {
    DRAFT("Draft"),
    SUBMITTED("Waiting for approval"),
    RETURNED("Returned for changes"),
    APPROVED("Approved"),
    RENEWED("Renewed"),
    LAPSED("Lapsed"),
    WITHDRAWN("Withdrawn");

    private final String label;

    PledgeStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Approved or renewed: on the wall, with a valid certificate. */
    public boolean isActive() {
        return this == APPROVED || this == RENEWED;
    }

    /** The employer may still change the commitments. */
    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }

    public boolean isFinished() {
        return this == LAPSED || this == WITHDRAWN;
    }
}
