package org.opendoors.event;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.opendoors.base.DeclaredRules;
import org.opendoors.base.DeclaredRules.Between;
import org.opendoors.base.FieldValidationException;
import org.opendoors.base.TimeConfiguration;
import org.opendoors.security.AppRoles;
import org.opendoors.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Events: the engagement team creates, publishes and cancels them; anyone sees the published ones. */
@Service
public class EventService {

    public static final int MAX_CAPACITY = 5000;

    private final EngagementEventRepository events;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final SignupService signups;
    private final EventInvitations invitations;

    EventService(EngagementEventRepository events, CurrentUser currentUser, ApplicationEventPublisher publisher, Clock clock,
                 SignupService signups, EventInvitations invitations) {
        this.events = events;
        this.signups = signups;
        this.invitations = invitations;
        this.currentUser = currentUser;
        this.publisher = publisher;
        this.clock = clock;
    }

    @Transactional
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN})
    public EngagementEvent save(Long eventId, Long expectedVersion, EventDetails details) {
        check(details);
        // locked, so the capacity check below sees every place taken until this commits
        EngagementEvent event = eventId == null ? new EngagementEvent(clock.instant()) : events.lockById(eventId).orElseThrow();
        if (eventId != null && (expectedVersion == null || event.getVersion() != expectedVersion)) {
            throw new org.springframework.orm.ObjectOptimisticLockingFailureException(EngagementEvent.class, eventId);
        }
        if (event.getStatus() == EventStatus.CANCELLED) {
            throw new FieldValidationException("", "This event has been cancelled and can no longer be changed");
        }
        if (eventId != null && details.capacity() < event.getConfirmedCount()) {
            throw new FieldValidationException("capacity", event.getConfirmedCount()
                    + " places are already confirmed: capacity cannot be lower than that");
        }
        event.update(details);
        return events.saveAndFlush(event);
    }

    @Transactional
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN})
    public void publish(long eventId) {
        EngagementEvent event = events.findById(eventId).orElseThrow();
        if (event.getStatus() != EventStatus.DRAFT) {
            throw new FieldValidationException("", "Only a draft can be published");
        }
        event.publish();
    }

    /** Cancels the event; everyone signed up is told. */
    @Transactional
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN})
    public void cancel(long eventId) {
        EngagementEvent event = events.lockById(eventId).orElseThrow();
        if (event.getStatus() == EventStatus.CANCELLED) {
            return;
        }
        event.cancel();
        List<SignupNotice> signedUp = signups.active(eventId).stream().map(signup -> signup.getStatus() == SignupStatus.CONFIRMED
                ? invitations.noticeWithCalendar(event, signup, true) : invitations.notice(event, signup)).toList();
        publisher.publishEvent(new EventCancelled(eventId, signedUp));
    }

    /** Published events still to come, soonest first. Open to anyone. */
    @Transactional(readOnly = true)
    public List<EngagementEvent> upcoming(Pageable pageable) {
        return events.findByStatusAndStartsAtAfterOrderByStartsAt(EventStatus.PUBLISHED, now(), pageable);
    }


    /** Published events this calendar month, past and still to come. */
    @Transactional(readOnly = true)
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN})
    public long countThisMonth() {
        LocalDateTime monthStart = now().toLocalDate().withDayOfMonth(1).atStartOfDay();
        return events.countByStatusAndStartsAtBetween(EventStatus.PUBLISHED, monthStart, monthStart.plusMonths(1).minusNanos(1000));
    }

    /** A published or cancelled event for anyone; a draft only for the council's staff. */
    @Transactional(readOnly = true)
    public Optional<EngagementEvent> find(long eventId) {
        return events.findById(eventId).filter(e -> e.getStatus() != EventStatus.DRAFT || currentUser.isCouncilStaff());
    }

    @Transactional(readOnly = true)
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN})
    public List<EngagementEvent> all(Pageable pageable) {
        return events.findAllByOrderByStartsAtDesc(pageable);
    }

    @Transactional(readOnly = true)
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN})
    public long count() {
        return events.count();
    }

    LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(TimeConfiguration.LONDON));
    }

    /** Each field's own rules are declared on {@link EventDetails}; these are the rules between its fields. */
    private static void check(EventDetails d) {
        DeclaredRules.check(d,
                new Between<>("endsAt", e -> e.startsAt() != null && e.endsAt() != null && !e.endsAt().isAfter(e.startsAt()),
                        "Enter when the event ends, after it starts"),
                new Between<>("venue", e -> blank(e.venue()) && blank(e.onlineLink()),
                        "Enter a venue, or an online link for an online event"),
                new Between<>("signupClosesAt", e -> e.signupOpensAt() != null && e.signupClosesAt() != null
                        && !e.signupClosesAt().isAfter(e.signupOpensAt()), "Enter when sign-up closes, after it opens"),
                new Between<>("signupClosesAt", e -> e.signupClosesAt() != null && e.endsAt() != null
                        && e.signupClosesAt().isAfter(e.endsAt()), "Sign-up must close before the event ends"));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
