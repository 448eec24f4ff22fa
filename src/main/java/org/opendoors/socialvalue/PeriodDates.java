package org.opendoors.socialvalue;

import java.time.LocalDate;

/** A reporting period's first and last day, and the day its return is due. */
public record PeriodDates(LocalDate startsOn, LocalDate endsOn, LocalDate dueOn) {
}
