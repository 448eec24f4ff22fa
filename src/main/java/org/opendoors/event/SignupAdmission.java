package org.opendoors.event;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.opendoors.base.FieldValidationException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Lets a few sign-ups at a time into their transaction and queues the rest in arrival order. Sign-ups to one event
 * take turns on the event's row lock anyway; without this, a burst has every request holding a database connection
 * and competing for the CPU while it waits, the lock's holder is slowed by all of them, and the connection pool
 * (which does not serve in arrival order) lets some requests wait far longer than others.
 */
@Component
class SignupAdmission {

    private final Semaphore turns;
    private final Duration patience;

    SignupAdmission(@Value("${opendoors.events.concurrent-signups:4}") int concurrentSignups,
                    @Value("${opendoors.events.signup-patience:PT30S}") Duration patience) {
        this.turns = new Semaphore(concurrentSignups, true);
        this.patience = patience;
    }

    <T> T inTurn(Supplier<T> signUp) {
        try {
            if (!turns.tryAcquire(patience.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new FieldValidationException("", "A great many people are signing up right now. Try again in a minute.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to sign up", e);
        }
        try {
            return signUp.get();
        } finally {
            turns.release();
        }
    }
}
