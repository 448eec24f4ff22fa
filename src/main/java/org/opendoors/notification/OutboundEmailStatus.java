package org.opendoors.notification;

public enum OutboundEmailStatus {
    /** Waiting to be sent (again, after a failure, once its next attempt falls due). */
    PENDING,
    SENT,
    /** Gave up after the maximum number of attempts; an administrator can retry it. */
    FAILED
}
