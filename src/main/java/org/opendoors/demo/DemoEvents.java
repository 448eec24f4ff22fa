package org.opendoors.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.opendoors.event.EngagementEvent;
import org.opendoors.event.EventAudience;
import org.opendoors.event.EventDetails;
import org.opendoors.event.EventService;
import org.opendoors.event.EventType;
import org.opendoors.event.SignupDetails;
import org.opendoors.event.SignupService;
import org.springframework.stereotype.Component;

/** A published pledge breakfast with a few sign-ups, and an online insight session, for the demo. */
@Component
class DemoEvents {

    private final EventService events;
    private final SignupService signups;
    private final Clock clock;

    DemoEvents(EventService events, SignupService signups, Clock clock) {
        this.events = events;
        this.signups = signups;
        this.clock = clock;
    }

    void load() {
        LocalDate today = LocalDate.now(clock);
        LocalDateTime breakfast = LocalDateTime.of(today.plusDays(18), LocalTime.of(8, 0));
        EngagementEvent pledgeBreakfast = events.save(null, null, new EventDetails("Pledge breakfast: opening doors for care leavers",
                EventType.PLEDGE_BREAKFAST, "Hear from young people and employers, and make your pledge over breakfast.",
                breakfast, breakfast.plusHours(2), "Civic Centre", "Victoria Avenue", null, 40, LocalDateTime.now(clock).minusDays(1),
                breakfast.minusDays(2), EventAudience.EMPLOYERS, true, true, "What would you like to ask care leavers?"));
        events.publish(pledgeBreakfast.getId());
        signups.signUp(pledgeBreakfast.getId(), new SignupDetails("Sam Patel", "Harbourside Construction Ltd",
                "sam.patel@harbourside-construction.example", null, "Step-free access please", null, true));
        signups.signUp(pledgeBreakfast.getId(), new SignupDetails("Lou Bennett", "Kingsway Hotels Group",
                "lou.bennett@kingsway-hotels.example", "Vegetarian", null, null, true));
        LocalDateTime webinar = LocalDateTime.of(today.plusDays(30), LocalTime.of(12, 30));
        EngagementEvent insight = events.save(null, null, new EventDetails("Insight session: ringfenced apprenticeships",
                EventType.WEBINAR, "How ringfenced apprenticeships work, and what support comes with them.", webinar,
                webinar.plusHours(1), null, null, "https://meet.example/opendoors-insight", 100, LocalDateTime.now(clock).minusDays(1),
                webinar.minusHours(2), EventAudience.BOTH, false, true, null));
        events.publish(insight.getId());
    }
}
