package org.opendoors.pledge;

public record PledgeReturned(long pledgeId, long organisationId, String reason) {
}
