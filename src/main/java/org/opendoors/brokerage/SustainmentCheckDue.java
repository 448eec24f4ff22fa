package org.opendoors.brokerage;

public record SustainmentCheckDue(long checkId, long placementId, long ownerUserId, int weeks, java.time.LocalDate dueOn) {
}
