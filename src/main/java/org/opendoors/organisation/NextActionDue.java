package org.opendoors.organisation;

import java.time.LocalDate;

/** An activity's next action falls due today: its owner gets a reminder. */
public record NextActionDue(long activityId, long organisationId, long ownerUserId, String nextAction, LocalDate dueOn) {
}
