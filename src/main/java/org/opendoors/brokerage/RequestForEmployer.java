package org.opendoors.brokerage;

import java.time.Instant;

/** A place request as the employer sees it: age band, area and hopes, never who the young person is. */
public record RequestForEmployer(long id, String offer, AgeBand ageBand, String area, String hopes,
                                 PlaceRequestStatus status, String note, Instant createdAt) {
}
