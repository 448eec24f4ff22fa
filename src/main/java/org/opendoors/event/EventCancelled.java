package org.opendoors.event;

public record EventCancelled(long eventId) {
}
