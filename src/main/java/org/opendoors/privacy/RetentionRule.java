package org.opendoors.privacy;

import java.time.Instant;
import java.time.LocalDate;
import org.opendoors.base.TimeConfiguration;

/**
 * How the module that holds one kind of personal data removes (or anonymises) what has passed its retention period.
 * Implemented as a Spring bean in that module, so {@code privacy} depends on none of them; the daily
 * {@link RetentionJob} computes the cut-off from the schedule and calls {@link #apply}.
 */
public interface RetentionRule {

    RetentionKind kind();

    /**
     * Removes or anonymises this kind's records whose day (the one the period counts from, in UK time) is on or
     * before {@code cutoff}, and says how many. Runs in its own transaction; doing it twice changes nothing more.
     */
    int apply(LocalDate cutoff);

    /** The first instant after the cut-off day: records stamped before it are on or before the cut-off. */
    static Instant endOf(LocalDate cutoff) {
        return cutoff.plusDays(1).atStartOfDay(TimeConfiguration.LONDON).toInstant();
    }
}
