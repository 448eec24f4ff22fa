package org.opendoors.event;

import java.io.OutputStream;
import org.opendoors.base.csv.CsvColumns;
import org.opendoors.base.csv.KeysetCsv;
import org.opendoors.security.AppRoles;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Events and an event's sign-ups and attendance as CSV, streamed, for the engagement team. */
@Service
public class EventExport {

    static final CsvColumns<EngagementEvent> EVENTS = CsvColumns.of(EngagementEvent.class)
            .add("Event", EngagementEvent::getTitle)
            .add("Starts at", EngagementEvent::getStartsAt)
            .add("Ends at", EngagementEvent::getEndsAt)
            .add("Venue", EngagementEvent::getVenue)
            .add("Status", e -> e.getStatus().label())
            .add("Places taken", EngagementEvent::getConfirmedCount)
            .add("Capacity", EngagementEvent::getCapacity);

    private final EngagementEventRepository events;
    private final EventSignupRepository signups;
    private final SignupService signupService;
    private final KeysetCsv keyset;

    EventExport(EngagementEventRepository events, EventSignupRepository signups, SignupService signupService, KeysetCsv keyset) {
        this.events = events;
        this.signups = signups;
        this.signupService = signupService;
        this.keyset = keyset;
    }

    @Transactional(readOnly = true)
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN})
    public void events(OutputStream out) {
        keyset.write(out, EVENTS, EngagementEvent.class, (afterId, upToId) -> events.findByIdBetweenOrderById(afterId + 1, upToId));
    }

    /** An event's sign-ups that are not cancelled; with a search text, only those the check-in search finds. */
    @Transactional(readOnly = true)
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN})
    public void signups(long eventId, String search, OutputStream out) {
        String text = SignupService.like(search);
        keyset.write(out, signupColumns(), EventSignup.class, (afterId, upToId) -> signups.searchBetween(eventId, text, afterId, upToId));
    }

    private CsvColumns<EventSignup> signupColumns() {
        return CsvColumns.of(EventSignup.class)
                .add("Reference", SignupService::reference)
                .add("Name", EventSignup::getName)
                .add("Organisation", EventSignup::getOrganisationName)
                .add("E-mail", s -> s.getEmail().endsWith(".invalid") ? "" : s.getEmail())
                .add("Status", s -> s.getStatus().label())
                .add("Place on the waiting list", s -> s.getStatus() == SignupStatus.WAITLISTED ? signupService.positionOf(s) : null)
                .add("Over capacity", EventSignup::isOverCapacity)
                .add("Attended", EventSignup::isAttended)
                .add("Walk-in", EventSignup::isWalkIn)
                .add("Dietary needs", EventSignup::getDietaryNeeds)
                .add("Access needs", EventSignup::getAccessNeeds)
                .add("Answer", EventSignup::getExtraAnswer);
    }
}
