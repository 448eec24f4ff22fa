package org.opendoors.event;

/** After the event: who came, and what followed within 30 days. */
public record Attendance(long confirmed, long waitlisted, long attended, long walkIns, long noShows, long pledgesWithin30Days) {
}
