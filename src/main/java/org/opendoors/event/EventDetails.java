package org.opendoors.event;

import java.time.LocalDateTime;

/** What the engagement team says about an event. Times are UK local time. */
public record EventDetails(String title, EventType type, String description, LocalDateTime startsAt, LocalDateTime endsAt,
                           String venue, String address, String onlineLink, Integer capacity, LocalDateTime signupOpensAt,
                           LocalDateTime signupClosesAt, EventAudience audience, boolean askDietary, boolean askAccess,
                           String extraQuestion) {
}
