package org.opendoors;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** An after-commit listener that fails for the probes it is told to, until it recovers (see EventPublicationRegistryTest). */
@Component
public class TestFlakyListener {

    private final Set<Probe> handled = ConcurrentHashMap.newKeySet();
    private final Set<Probe> failing = ConcurrentHashMap.newKeySet();

    /** Asked through a method: the bean is a proxy (the listener runs asynchronously, in a transaction). */
    boolean hasHandled(Probe probe) {
        return handled.contains(probe);
    }

    void failOn(Probe probe) {
        failing.add(probe);
    }

    void recover(Probe probe) {
        failing.remove(probe);
    }

    @ApplicationModuleListener
    void on(Probe probe) {
        if (failing.contains(probe)) {
            throw new IllegalStateException("The listener fails for " + probe.id());
        }
        handled.add(probe);
    }

    public record Probe(String id) {
    }
}
