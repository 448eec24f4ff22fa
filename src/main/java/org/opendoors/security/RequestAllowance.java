package org.opendoors.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;

/**
 * So many requests per key (an e-mail address, a client address) in a rolling window: a Bucket4j token bucket per
 * key, kept in memory for as long as the window lasts after its last use.
 */
final class RequestAllowance {

    private final Cache<String, Bucket> buckets;
    private final int requests;
    private final Duration window;

    RequestAllowance(int requests, Duration window) {
        this.requests = requests;
        this.window = window;
        this.buckets = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(window).build();
    }

    /** Takes one request from the key's allowance: zero when granted, else how long until one is free. */
    Duration take(String key) {
        ConsumptionProbe probe = buckets.get(key, k -> newBucket()).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
    }

    private Bucket newBucket() {
        return Bucket.builder().addLimit(limit -> limit.capacity(requests).refillGreedy(requests, window)).build();
    }
}
