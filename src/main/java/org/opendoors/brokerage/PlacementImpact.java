package org.opendoors.brokerage;

/** An organisation's placements and outcomes, as counts only. */
public record PlacementImpact(long placements, long completed, long progressed, long leftEarly, long sustainmentChecksInEet,
                              long placeRequests) {
}
