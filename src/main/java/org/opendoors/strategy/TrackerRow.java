package org.opendoors.strategy;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.opendoors.socialvalue.Grade;

/**
 * A recommendation on the tracker: its grades round by round, its latest grade and its measures as last read from Open
 * Doors, at {@code measuredAt} (the oldest of its live readings; null when it has no live measure).
 */
public record TrackerRow(Recommendation recommendation, List<GradeMark> history, List<MeasureReading> readings, Instant measuredAt) {

    /** The grade of the latest round that graded it (published or not), or null. */
    public Grade latest() {
        return history.isEmpty() ? null : history.getLast().grade();
    }

    /** "2 → 3 → 2 → 1" */
    public String historyText() {
        return history.stream().map(m -> String.valueOf(m.grade().number())).collect(Collectors.joining(" → "));
    }

    public record GradeMark(String round, Grade grade, boolean published) {
    }
}
