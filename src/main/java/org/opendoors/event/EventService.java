package org.opendoors.event;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
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
        EngagementEvent event = eventId == null ? new EngagementEvent(clock.instant()) : events.findById(eventId).orElseThrow();
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

    private static void check(EventDetails d) {
        if (d.title() == null || d.title().isBlank()) {
            throw new FieldValidationException("title", "Enter the event's title");
        }
        if (d.title().length() > EngagementEvent.TITLE_MAX_LENGTH) {
            throw new FieldValidationException("title", "The title must be " + EngagementEvent.TITLE_MAX_LENGTH + " characters or fewer");
        }
        if (d.type() == null) {
            throw new FieldValidationException("type", "Select the type of event");
        }
        if (d.startsAt() == null) {
            throw new FieldValidationException("startsAt", "Enter when the event starts");
        }
        if (d.endsAt() == null || !d.endsAt().isAfter(d.startsAt())) {
            throw new FieldValidationException("endsAt", "Enter when the event ends, after it starts");
        }
        if ((d.venue() == null || d.venue().isBlank()) && (d.onlineLink() == null || d.onlineLink().isBlank())) {
            throw new FieldValidationException("venue", "Enter a venue, or an online link for an online event");
        }
        if (d.onlineLink() != null && !d.onlineLink().isBlank() && !d.onlineLink().startsWith("https://")) {
            throw new FieldValidationException("onlineLink", "Enter the online link starting with https://");
        }
        if (d.capacity() == null || d.capacity() < 1 || d.capacity() > MAX_CAPACITY) {
            throw new FieldValidationException("capacity", "Enter the number of places, from 1 to " + MAX_CAPACITY);
        }
        if (d.signupOpensAt() == null) {
            throw new FieldValidationException("signupOpensAt", "Enter when sign-up opens");
        }
        if (d.signupClosesAt() == null || !d.signupClosesAt().isAfter(d.signupOpensAt())) {
            throw new FieldValidationException("signupClosesAt", "Enter when sign-up closes, after it opens");
        }
        if (d.signupClosesAt().isAfter(d.endsAt())) {
            throw new FieldValidationException("signupClosesAt", "Sign-up must close before the event ends");
        }
        if (d.audience() == null) {
            throw new FieldValidationException("audience", "Select who the event is for");
        }
    }
}
