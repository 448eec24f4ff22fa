package org.opendoors.brokerage;

public record PlaceRequested(long requestId, long offerId, long organisationId) {
}
