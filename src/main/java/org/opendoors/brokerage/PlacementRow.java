package org.opendoors.brokerage;

import java.time.LocalDate;

/** One placement in the engagement team's list, with names read in the same statement. */
public record PlacementRow(long id, String youngPersonRef, String organisation, String offerType, LocalDate startDate,
                           PlacementOutcome outcome) {
}
