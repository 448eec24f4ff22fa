package org.opendoors.event;

/** A place is confirmed (at sign-up, or promoted from the waiting list); token: for the cancel link, null when promoted. */
public record SignupConfirmed(long signupId, String token, boolean promoted) {
}
