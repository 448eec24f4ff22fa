package org.opendoors.security;

import java.time.Duration;

/** Why a one-time password link was sent, which sets how long it works and what its pages say. */
public enum PasswordLinkPurpose {

    /** A colleague invited by an employer user chooses their first password. */
    INVITATION(Duration.ofDays(7)),
    /** Someone who forgot their password chooses a new one. */
    RESET(Duration.ofHours(1));

    private final Duration lifetime;

    PasswordLinkPurpose(Duration lifetime) {
        this.lifetime = lifetime;
    }

    public Duration lifetime() {
        return lifetime;
    }
}
