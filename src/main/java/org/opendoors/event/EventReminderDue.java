package org.opendoors.event;

public record EventReminderDue(long signupId, boolean daysBefore, SignupNotice notice) {
}
