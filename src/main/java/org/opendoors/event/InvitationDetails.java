package org.opendoors.event;

import java.time.LocalDateTime;

/** What an invitation says. Times are UK local time (Europe/London). */
public record InvitationDetails(String uid, String title, String description, LocalDateTime startsAt, LocalDateTime endsAt,
                                String location, String organiserName, String organiserEmail, String attendeeName,
                                String attendeeEmail, int sequence, boolean cancelled) {
}
