package org.opendoors.security;

import java.time.Duration;

/** Someone asked too often; the message says when to try again. */
public class TooManyRequestsException extends RuntimeException {

    public TooManyRequestsException(Duration retryAfter) {
        super("You have asked for too many links. Try again in " + minutes(retryAfter) + ".");
    }

    private static String minutes(Duration wait) {
        long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
        return minutes + (minutes == 1 ? " minute" : " minutes");
    }
}
