package org.opendoors.organisation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What the engagement team records about a contact with an organisation. */
public record NewActivity(
        @NotNull(message = "Select the kind of activity") ActivityType type,
        @NotNull(message = "Enter the date it happened") LocalDate occurredOn,
        String notes,
        @Size(max = Activity.NEXT_ACTION_MAX_LENGTH, message = "The next action must be " + Activity.NEXT_ACTION_MAX_LENGTH
                + " characters or fewer")
        String nextAction,
        LocalDate nextActionOn) {
}
