package org.opendoors.pledge;

public record PledgeSubmitted(long pledgeId, long organisationId) {
}
