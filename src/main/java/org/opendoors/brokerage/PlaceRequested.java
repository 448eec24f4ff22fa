package org.opendoors.brokerage;

/** An adviser asked for a place on an offer; the employer is told which one. */
public record PlaceRequested(long requestId, long offerId, long organisationId, String offerTitle) {
}
