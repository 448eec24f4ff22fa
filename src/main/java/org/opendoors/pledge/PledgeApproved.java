package org.opendoors.pledge;

/** Approval issues a certificate. */
public record PledgeApproved(long pledgeId, long organisationId) {
}
