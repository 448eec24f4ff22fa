package org.opendoors.event;

import java.util.List;

/** The event is cancelled: everyone confirmed or waiting is told (the confirmed with a calendar cancellation). */
public record EventCancelled(long eventId, List<SignupNotice> signedUp) {
}
