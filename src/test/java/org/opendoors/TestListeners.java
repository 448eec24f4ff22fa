package org.opendoors;

import java.time.Duration;
import org.awaitility.Awaitility;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.stereotype.Component;

/**
 * Cross-module listeners run after the publisher commits, on other threads: a test that checks a side effect (an
 * e-mail queued, a certificate issued) first waits until every publication in the registry has been handled. One
 * whose listener failed counts as handled: it stays incomplete for the next resubmission, and the test's own
 * assertion then fails.
 */
@Component
public class TestListeners {

    private final EventPublicationRegistry registry;

    TestListeners(EventPublicationRegistry registry) {
        this.registry = registry;
    }

    public void awaitAll() {
        Awaitility.await().pollInterval(Duration.ofMillis(20)).atMost(Duration.ofMinutes(1)).until(() -> registry
                .findIncompletePublications().stream().allMatch(p -> p.getStatus() == EventPublication.Status.FAILED));
    }
}
