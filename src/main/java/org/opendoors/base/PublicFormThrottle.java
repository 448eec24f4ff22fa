package org.opendoors.base;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Public forms that send e-mail (employer registration, event sign-up) are not a free mail relay: each sending
 * takes a token from the client address's bucket and from the e-mail address's bucket (Bucket4j, per form); an
 * empty bucket refuses with a message that says nothing about whether an account or sign-up exists. Calls made
 * outside a web request (the system's own work) have no client address and only the e-mail limit applies.
 */
@Component
public class PublicFormThrottle {

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder().maximumSize(200_000)
            .expireAfterAccess(Duration.ofHours(2)).build();
    private final int perAddress;
    private final int perEmail;
    private final Duration window;

    PublicFormThrottle(@Value("${opendoors.public-forms.max-per-address:20}") int perAddress,
                       @Value("${opendoors.public-forms.max-per-email:3}") int perEmail,
                       @Value("${opendoors.public-forms.window:PT1H}") Duration window) {
        this.perAddress = perAddress;
        this.perEmail = perEmail;
        this.window = window;
    }

    /** Takes one sending of {@code form} to {@code email}; refuses (nothing taken) when a limit is reached. */
    public void take(String form, String email) {
        String address = clientAddress();
        Bucket byEmail = buckets.get(form + "|email|" + (email == null ? "" : email.trim().toLowerCase(Locale.ROOT)),
                key -> bucket(perEmail));
        Bucket byAddress = address == null ? null : buckets.get(form + "|address|" + address, key -> bucket(perAddress));
        if (byAddress != null) {
            ConsumptionProbe probe = byAddress.tryConsumeAndReturnRemaining(1);
            if (!probe.isConsumed()) {
                throw refused(probe);
            }
        }
        ConsumptionProbe probe = byEmail.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            if (byAddress != null) {
                byAddress.addTokens(1);
            }
            throw refused(probe);
        }
    }

    private static FieldValidationException refused(ConsumptionProbe probe) {
        long minutes = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toMinutes() + 1);
        return new FieldValidationException("", "This form has been sent too many times. Try again in " + minutes
                + (minutes == 1 ? " minute." : " minutes."));
    }

    private static String clientAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getRemoteAddr() : null;
    }

    private Bucket bucket(int capacity) {
        return Bucket.builder().addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, window)).build();
    }
}
