package org.opendoors.event;

public record EventFollowUp(long eventId, String message) {
}
