package org.opendoors.event;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;

/** What the engagement team says about an event. Times are UK local time. */
public record EventDetails(
        @NotBlank(message = "Enter the event's title")
        @Size(max = EngagementEvent.TITLE_MAX_LENGTH, message = "The title must be " + EngagementEvent.TITLE_MAX_LENGTH
                + " characters or fewer")
        String title,
        @NotNull(message = "Select the type of event") EventType type,
        String description,
        @NotNull(message = "Enter when the event starts") LocalDateTime startsAt,
        @NotNull(message = "Enter when the event ends, after it starts") LocalDateTime endsAt,
        String venue,
        String address,
        @Pattern(regexp = "|\\s+|https://.*", message = "Enter the online link starting with https://") String onlineLink,
        @NotNull(message = CAPACITY_MESSAGE) @Min(value = 1, message = CAPACITY_MESSAGE)
        @Max(value = EventService.MAX_CAPACITY, message = CAPACITY_MESSAGE) Integer capacity,
        @NotNull(message = "Enter when sign-up opens") LocalDateTime signupOpensAt,
        @NotNull(message = "Enter when sign-up closes, after it opens") LocalDateTime signupClosesAt,
        @NotNull(message = "Select who the event is for") EventAudience audience,
        boolean askDietary,
        boolean askAccess,
        String extraQuestion) {

    static final String CAPACITY_MESSAGE = "Enter the number of places, from 1 to " + EventService.MAX_CAPACITY;
}
