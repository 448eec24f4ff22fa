package org.opendoors.pledge;

import java.time.LocalDate;

/** A reminder that the pledge must be renewed by {@code dueOn}; sent 30 and 7 days before. */
public record PledgeRenewalDue(long pledgeId, long organisationId, LocalDate dueOn, int daysBefore) {
}
