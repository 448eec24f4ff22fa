package org.opendoors.pledge;

/** Approval issues a certificate showing the terms. */
public record PledgeApproved(long pledgeId, long organisationId, PledgeTerms terms) {
}
