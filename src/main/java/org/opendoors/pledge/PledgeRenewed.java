package org.opendoors.pledge;

/** Renewal issues a new certificate for the next 12 months. */
public record PledgeRenewed(long pledgeId, long organisationId, PledgeTerms terms) {
}
