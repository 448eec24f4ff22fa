package org.opendoors.socialvalue;

import java.time.LocalDate;

/** A return past its due date and not yet submitted, for procurement's overview. */
public record OverdueReturn(long contractId, String reference, String title, int periodNumber, LocalDate dueOn) {
}
