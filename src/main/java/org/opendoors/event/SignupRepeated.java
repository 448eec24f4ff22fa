package org.opendoors.event;

/** Someone signed up again with an e-mail address already on the event: its owner is told, the form says nothing. */
public record SignupRepeated(long signupId, SignupNotice notice) {
}
