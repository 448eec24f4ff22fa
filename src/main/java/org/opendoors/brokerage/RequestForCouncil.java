package org.opendoors.brokerage;

import java.time.Instant;

/** A place request as the adviser and the engagement team see it, with the young person's reference. */
public record RequestForCouncil(long id, String offer, long organisationId, String organisation, String youngPersonRef, AgeBand ageBand,
                                String area, String hopes, PlaceRequestStatus status, String employerNote, Instant createdAt) {
}
