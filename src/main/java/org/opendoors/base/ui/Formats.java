package org.opendoors.base.ui;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.opendoors.base.TimeConfiguration;

/** Dates and times as people in the UK write them, in UK time. */
public final class Formats {

    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK).withZone(TimeConfiguration.LONDON);

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private Formats() {
    }

    /** "3 Dec 2026". */
    public static String date(java.time.LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }
}
