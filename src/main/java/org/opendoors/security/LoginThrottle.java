package org.opendoors.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing: each failed sign-in takes a token from the account's bucket and from the
 * client address's bucket (Bucket4j); an empty bucket refuses sign-in until it refills. The address
 * limit is higher, since an office can share one address.
 */
@Component
class LoginThrottle {

    private final Cache<String, Bucket> accountBuckets = newCache();
    private final Cache<String, Bucket> addressBuckets = newCache();
    private final int accountFailures;
    private final int addressFailures;
    private final Duration window;

    LoginThrottle(@Value("${opendoors.login.max-failures-per-account:5}") int accountFailures,
                  @Value("${opendoors.login.max-failures-per-address:20}") int addressFailures,
                  @Value("${opendoors.login.failure-window:PT15M}") Duration window) {
        this.accountFailures = accountFailures;
        this.addressFailures = addressFailures;
        this.window = window;
    }

    /** How long the caller must wait before trying again; zero when sign-in may be attempted now. */
    Duration waitBeforeNextAttempt(String account, String address) {
        long nanos = Math.max(
                waitNanos(accountBuckets.get(account, a -> bucket(accountFailures))),
                waitNanos(addressBuckets.get(address, a -> bucket(addressFailures))));
        return Duration.ofNanos(nanos);
    }

    void recordFailure(String account, String address) {
        accountBuckets.get(account, a -> bucket(accountFailures)).tryConsume(1);
        addressBuckets.get(address, a -> bucket(addressFailures)).tryConsume(1);
    }

    void recordSuccess(String account) {
        accountBuckets.invalidate(account);
    }

    private static long waitNanos(Bucket bucket) {
        return bucket.getAvailableTokens() > 0 ? 0 : bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
    }

    private Bucket bucket(int failures) {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(failures).refillGreedy(failures, window))
                .build();
    }

    private static Cache<String, Bucket> newCache() {
        return Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(Duration.ofHours(1)).build();
    }
}
