package org.opendoors.event;

import java.util.List;

/** A message to everyone who came to the event (their e-mail addresses). */
public record EventFollowUp(long eventId, String eventTitle, String message, List<String> attendees) {
}
