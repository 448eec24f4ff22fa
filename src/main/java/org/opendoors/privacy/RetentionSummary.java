package org.opendoors.privacy;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** What one retention run removed or anonymised, by kind; a kind whose rule failed is in {@code failed}. */
public record RetentionSummary(LocalDate day, Map<RetentionKind, Integer> removed, Set<RetentionKind> failed) {

    public int removed(RetentionKind kind) {
        return removed.getOrDefault(kind, 0);
    }

    /** e.g. "UNCONFIRMED_REGISTRATIONS 2, EVENT_ATTENDEES 0, …". */
    @Override
    public String toString() {
        return removed.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }
}
