package org.opendoors.security;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * "Forgot your password?": the same answer, after the same time, whether or not an account exists for the address,
 * so that the page cannot be used to find out who has an account. Requests are limited per e-mail address and per
 * client address, so that it cannot be used to flood someone's inbox either.
 */
@Service
public class PasswordResetService {

    private final UserAccountService accounts;
    private final RequestAllowance perEmail;
    private final RequestAllowance perClient;
    private final Duration answerTime;

    PasswordResetService(UserAccountService accounts,
                         @Value("${opendoors.password-reset.requests-per-hour:5}") int requestsPerHour,
                         @Value("${opendoors.password-reset.answer-time:PT0.4S}") Duration answerTime) {
        this.accounts = accounts;
        this.perEmail = new RequestAllowance(requestsPerHour, Duration.ofHours(1));
        this.perClient = new RequestAllowance(requestsPerHour * 4, Duration.ofHours(1)); // an office may share one address
        this.answerTime = answerTime;
    }

    /**
     * Sends a single-use link, valid for an hour, if an active account has this address. Refuses a badly formed
     * address (on field {@code email}) and too many requests ({@link TooManyRequestsException}); says nothing else.
     */
    public void requestLink(String email, String clientAddress) {
        String address = UserAccountService.normaliseEmail(email);
        Duration wait = max(perEmail.take(address), perClient.take(clientAddress == null ? "unknown" : clientAddress));
        if (!wait.isZero()) {
            throw new TooManyRequestsException(wait);
        }
        long started = System.nanoTime();
        try {
            accounts.sendResetLinkIfActive(address);
        } finally {
            waitUntil(started + answerTime.toNanos());
        }
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** Pads the answer to a fixed time: looking an address up and queueing an e-mail must not show in the timing. */
    private static void waitUntil(long deadlineNanos) {
        long remaining = deadlineNanos - System.nanoTime();
        if (remaining > 0) {
            try {
                Thread.sleep(Duration.ofNanos(remaining));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
