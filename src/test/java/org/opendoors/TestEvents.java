package org.opendoors;

import java.time.LocalDateTime;
import org.opendoors.base.SystemTask;
import org.opendoors.event.EngagementEvent;
import org.opendoors.event.EventAudience;
import org.opendoors.event.EventDetails;
import org.opendoors.event.EventService;
import org.opendoors.event.EventType;
import org.springframework.stereotype.Component;

/** Published events for tests, made through the real service. */
@Component
public class TestEvents {

    private final EventService events;

    TestEvents(EventService events) {
        this.events = events;
    }

    /** A published pledge breakfast 10 days from now, sign-up open from yesterday until the day before. */
    public EngagementEvent published(String title, int capacity) {
        LocalDateTime start = LocalDateTime.now().plusDays(10).withHour(8).withMinute(0).withSecond(0).withNano(0);
        return SystemTask.run(() -> {
            EngagementEvent event = events.save(null, null, new EventDetails(title, EventType.PLEDGE_BREAKFAST,
                    "Breakfast with employers who have pledged", start, start.plusHours(2), "Civic Centre", "Victoria Avenue",
                    null, capacity, LocalDateTime.now().minusDays(1), start.minusDays(1), EventAudience.EMPLOYERS, true, true,
                    null));
            events.publish(event.getId());
            return events.find(event.getId()).orElseThrow();
        });
    }
}
