package org.opendoors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A listener that fails leaves its publication in the registry, incomplete; resubmitting it (as the application does
 * at start-up, spring.modulith.events.republish-outstanding-events-on-restart) runs the listener again.
 */
class EventPublicationRegistryTest extends SpringTest {

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    IncompleteEventPublications incomplete;

    @Autowired
    EventPublicationRegistry registry;

    @Autowired
    TestFlakyListener listener;

    @Test
    void a_publication_whose_listener_fails_stays_incomplete_and_is_handled_when_resubmitted() {
        TestFlakyListener.Probe probe = new TestFlakyListener.Probe(UUID.randomUUID().toString());
        listener.failOn(probe);

        transaction.executeWithoutResult(status -> publisher.publishEvent(probe));
        listeners.awaitAll();

        assertThat(listener.hasHandled(probe)).isFalse();
        assertThat(publicationsOf(probe)).singleElement().extracting(EventPublication::getStatus)
                .isEqualTo(EventPublication.Status.FAILED);

        listener.recover(probe);
        incomplete.resubmitIncompletePublications(publication -> probe.equals(publication.getEvent()));
        listeners.awaitAll();

        assertThat(listener.hasHandled(probe)).isTrue();
        assertThat(publicationsOf(probe)).isEmpty();
    }

    private List<EventPublication> publicationsOf(TestFlakyListener.Probe probe) {
        return registry.findIncompletePublications().stream().filter(p -> probe.equals(p.getEvent()))
                .map(EventPublication.class::cast).toList();
    }
}
