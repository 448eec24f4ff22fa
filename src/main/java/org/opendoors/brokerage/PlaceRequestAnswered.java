package org.opendoors.brokerage;

public record PlaceRequestAnswered(long requestId, long adviserUserId, boolean accepted) {
}
