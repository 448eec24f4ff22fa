package org.opendoors.organisation;

import java.time.LocalDate;

/** An activity's next action falls due today: its owner gets a reminder naming the organisation. */
public record NextActionDue(long activityId, long organisationId, String organisationName, long ownerUserId, String nextAction,
                            LocalDate dueOn) {
}
