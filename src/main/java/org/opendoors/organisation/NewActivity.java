package org.opendoors.organisation;

import java.time.LocalDate;

/** What the engagement team records about a contact with an organisation. */
public record NewActivity(ActivityType type, LocalDate occurredOn, String notes, String nextAction, LocalDate nextActionOn) {
}
