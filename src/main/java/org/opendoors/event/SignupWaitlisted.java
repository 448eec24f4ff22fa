package org.opendoors.event;

public record SignupWaitlisted(long signupId, String token, long position, SignupNotice notice) {
}
