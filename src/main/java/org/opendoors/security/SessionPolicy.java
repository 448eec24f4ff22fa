package org.opendoors.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a signed-in session may go on: it ends when the account was disabled, or changed in a way that ends
 * sessions (password changed or reset, roles or organisation changed) after the session signed in, and in any case
 * after an absolute lifetime (default 12 hours), however active it was.
 */
@Component
class SessionPolicy {

    private final UserAccountRepository accounts;
    private final Clock clock;
    private final Duration absoluteLifetime;

    SessionPolicy(UserAccountRepository accounts, Clock clock,
                  @Value("${opendoors.session.absolute-lifetime:PT12H}") Duration absoluteLifetime) {
        this.accounts = accounts;
        this.clock = clock;
        this.absoluteLifetime = absoluteLifetime;
    }

    @Transactional(readOnly = true)
    public boolean mayContinue(AccountPrincipal principal) {
        Instant signedInAt = principal.signedInAt();
        if (signedInAt == null) {
            return true; // work run as a user inside the application, never a browser session
        }
        if (clock.instant().isAfter(signedInAt.plus(absoluteLifetime))) {
            return false;
        }
        return accounts.findSessionState(principal.id())
                .map(state -> state.enabled()
                        && (state.sessionsValidFrom() == null || !signedInAt.isBefore(state.sessionsValidFrom())))
                .orElse(false);
    }
}
