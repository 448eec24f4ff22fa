package org.opendoors.admin;

import java.time.Instant;

/** One line of the audit trail: who saved what, when. {@code changes} reads like "UserAccount #4 modified". */
public record AuditEntry(long revision, Instant changedAt, String username, String changes) {
}
