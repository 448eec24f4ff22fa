package org.opendoors.strategy;

import java.time.Instant;
import java.util.List;

/**
 * Success measures as last read from Open Doors: live ones from their stored readings, narrative ones in words.
 * {@code readAt} is when the oldest of the live readings was taken (null when none is live), so "measured at" never
 * claims more freshness than the figures have.
 */
public record MeasuresNow(List<MeasureReading> readings, Instant readAt) {
}
