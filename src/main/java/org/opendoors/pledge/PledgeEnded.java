package org.opendoors.pledge;

/** The pledge was withdrawn or lapsed: its certificate is revoked. */
public record PledgeEnded(long pledgeId, long organisationId, PledgeStatus status) {
}
