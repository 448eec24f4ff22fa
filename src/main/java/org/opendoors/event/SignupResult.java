package org.opendoors.event;

/** What the person signing up is told: their reference, and their place or waiting list position. */
public record SignupResult(String reference, SignupStatus status, long waitlistPosition) {
}
