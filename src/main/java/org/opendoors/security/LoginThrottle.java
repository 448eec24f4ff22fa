package org.opendoors.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing: each sign-in attempt takes a token from the account's bucket and from the
 * client address's bucket (Bucket4j) before the password is checked, and a right password gives them back;
 * an empty bucket refuses sign-in until it refills. The address limit is higher, since an office can share
 * one address.
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

    /**
     * Takes one attempt from the account's and the address's allowance before the password is checked, so
     * parallel guesses cannot all slip past: at most the allowance reaches the password check. Returns zero when
     * the attempt may go ahead, or how long to wait (and nothing is taken).
     */
    Duration tryAttempt(String account, String address) {
        Bucket accountBucket = accountBuckets.get(account, a -> bucket(accountFailures));
        Bucket addressBucket = addressBuckets.get(address, a -> bucket(addressFailures));
        var accountProbe = accountBucket.tryConsumeAndReturnRemaining(1);
        if (!accountProbe.isConsumed()) {
            return Duration.ofNanos(Math.max(1, accountProbe.getNanosToWaitForRefill()));
        }
        var addressProbe = addressBucket.tryConsumeAndReturnRemaining(1);
        if (!addressProbe.isConsumed()) {
            accountBucket.addTokens(1);
            return Duration.ofNanos(Math.max(1, addressProbe.getNanosToWaitForRefill()));
        }
        return Duration.ZERO;
    }

    /** The password was right: the attempt does not count against the address, and the account starts afresh. */
    void recordSuccess(String account, String address) {
        accountBuckets.invalidate(account);
        Bucket addressBucket = addressBuckets.getIfPresent(address);
        if (addressBucket != null) {
            addressBucket.addTokens(1);
        }
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
