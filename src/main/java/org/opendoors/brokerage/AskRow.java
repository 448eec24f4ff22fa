package org.opendoors.brokerage;

import java.time.Instant;
import java.time.LocalDateTime;

/** One ask in a list, with its organisation's and offer type's names, read in the same statement. */
public record AskRow(long id, long organisationId, String organisation, String offerType, LocalDateTime proposedAt,
                     String details, AskStatus status, Instant chasedAt) {
}
