package org.opendoors.security;

import java.time.Instant;

/** What a session check needs of an account, read without its roles. */
record SessionState(boolean enabled, Instant sessionsValidFrom) {
}
