package org.opendoors.base.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import org.opendoors.base.TimeConfiguration;

/**
 * Dates and times as people in the UK write them, in UK time: the one place pages, e-mails and PDFs take their
 * formats from. Each method gives "" for nothing.
 */
public final class Formats {

    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK).withZone(TimeConfiguration.LONDON);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.UK);
    private static final DateTimeFormatter SHORT_DAY_AND_TIME = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);
    private static final DateTimeFormatter LONG_MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    private Formats() {
    }

    /** "3 Dec 2026". */
    public static String date(TemporalAccessor date) {
        return format(DATE, date);
    }

    /** "3 December 2026". */
    public static String longDate(TemporalAccessor date) {
        return format(LONG_DATE, date);
    }

    /** "3 Dec 2026, 14:30", in UK time. */
    public static String dateTime(Instant instant) {
        return format(DATE_TIME, instant);
    }

    /** "Thursday 3 December 2026, 14:30". */
    public static String dayAndTime(TemporalAccessor when) {
        return format(DAY_AND_TIME, when);
    }

    /** "Thu 3 Dec 2026, 14:30". */
    public static String shortDayAndTime(TemporalAccessor when) {
        return format(SHORT_DAY_AND_TIME, when);
    }

    /** "14:30". */
    public static String time(TemporalAccessor when) {
        return format(TIME, when);
    }

    /**
     * When something happened, as near as people say it: "at 10:15 today", "at 16:40 yesterday", otherwise
     * "on 3 December 2026 at 10:15" (UK time; {@code today} is the UK date now).
     */
    public static String atTime(Instant when, LocalDate today) {
        if (when == null) {
            return "";
        }
        LocalDate day = LocalDate.ofInstant(when, TimeConfiguration.LONDON);
        String time = TIME.format(when.atZone(TimeConfiguration.LONDON));
        if (day.equals(today)) {
            return "at " + time + " today";
        }
        if (day.equals(today.minusDays(1))) {
            return "at " + time + " yesterday";
        }
        return "on " + longDate(day) + " at " + time;
    }

    /** "Dec 2026". */
    public static String month(TemporalAccessor month) {
        return format(MONTH, month);
    }

    /** "December 2026". */
    public static String longMonth(TemporalAccessor month) {
        return format(LONG_MONTH, month);
    }

    private static String format(DateTimeFormatter formatter, TemporalAccessor value) {
        return value == null ? "" : formatter.format(value);
    }
}
