package org.opendoors.event;

/**
 * A place is confirmed (at sign-up, or promoted from the waiting list); token: for the cancel link, null when promoted.
 * The notice carries the calendar invitation.
 */
public record SignupConfirmed(long signupId, String token, boolean promoted, SignupNotice notice) {
}
