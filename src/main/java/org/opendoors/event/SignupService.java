package org.opendoors.event;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.opendoors.base.FieldValidationException;
import org.opendoors.base.PublicFormThrottle;
import org.opendoors.base.TimeConfiguration;
import org.opendoors.pledge.PledgeCounts;
import org.opendoors.security.AccountPrincipal;
import org.opendoors.security.AppRoles;
import org.opendoors.security.CurrentUser;
import org.opendoors.security.InvalidLinkException;
import org.opendoors.security.OneTimeTokens;
import org.opendoors.security.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sign-ups that never overbook: every sign-up, cancellation and promotion locks the event's row first, so
 * they happen one at a time per event and the confirmed count is always right. A unique key on
 * (event, e-mail) backs up the duplicate check.
 */
@Service
public class SignupService {

    private static final int TEXT_MAX_LENGTH = 300;

    private final EngagementEventRepository events;
    private final EventSignupRepository signups;
    private final PledgeCounts pledges;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final Duration firstReminder;
    private final Duration secondReminder;
    private final PublicFormThrottle throttle;
    private final EventInvitations invitations;
    private final SignupAdmission admission;
    private final TransactionTemplate transactions;

    SignupService(EngagementEventRepository events, EventSignupRepository signups, PledgeCounts pledges, CurrentUser currentUser,
                  ApplicationEventPublisher publisher, Clock clock, PublicFormThrottle throttle, EventInvitations invitations,
                  SignupAdmission admission, PlatformTransactionManager transactionManager,
                  @Value("${opendoors.events.first-reminder:P2D}") Duration firstReminder,
                  @Value("${opendoors.events.second-reminder:PT2H}") Duration secondReminder) {
        this.events = events;
        this.signups = signups;
        this.pledges = pledges;
        this.currentUser = currentUser;
        this.publisher = publisher;
        this.clock = clock;
        this.firstReminder = firstReminder;
        this.secondReminder = secondReminder;
        this.throttle = throttle;
        this.invitations = invitations;
        this.admission = admission;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Anyone may sign up while the window is open: a confirmed place while places remain, else the waiting list.
     * Sign-ups are let in a few at a time, in arrival order ({@link SignupAdmission}). What needs no lock (the checks,
     * the throttle, the token) comes first; then a short transaction takes the place with its first statement, which
     * locks the event's row, so sign-ups to one event queue only for the writes that must be serial, and that
     * transaction's reads see every sign-up committed before it. A repeat is found by the unique key on (event,
     * e-mail) when the sign-up is written, which costs nothing for everyone else.
     */
    public SignupResult signUp(long eventId, SignupDetails details) {
        SignupDetails checked = checked(details);
        return admission.inTurn(() -> {
            EngagementEvent event = transactions.execute(status -> events.findById(eventId))
                    .orElseThrow(() -> new FieldValidationException("", "This event does not exist"));
            if (event.getStatus() == EventStatus.CANCELLED) {
                throw new FieldValidationException("", "This event has been cancelled");
            }
            if (!event.isOpenForSignup(now())) {
                throw new FieldValidationException("", now().isBefore(event.getSignupOpensAt())
                        ? "Sign-up for this event has not opened yet" : "Sign-up for this event has closed");
            }
            throttle.take("event-signup", checked.email());
            Long organisationId = currentUser.get().filter(u -> u.hasRole(Role.EMPLOYER)).map(AccountPrincipal::organisationId).orElse(null);
            String token = OneTimeTokens.newToken();
            EventSignup signup = new EventSignup(eventId, checked, organisationId, OneTimeTokens.hash(token), clock.instant());
            try {
                return transactions.execute(status -> placeOrWait(event, signup, token));
            } catch (DataIntegrityViolationException alreadySignedUp) {
                // the unique key on (event, e-mail) found the address there already: answered as any sign-up is,
                // and only the address's owner learns it was there
                return transactions.execute(status -> repeated(event, checked.email()));
            }
        });
    }

    private SignupResult repeated(EngagementEvent event, String email) {
        EventSignup signup = signups.findByEventIdAndEmail(event.getId(), email).orElseThrow();
        publisher.publishEvent(new SignupRepeated(signup.getId(), invitations.notice(event, signup)));
        return new SignupResult(reference(signup), signup.getStatus(),
                signup.getStatus() == SignupStatus.WAITLISTED ? positionOf(signup) : 0);
    }

    private SignupResult placeOrWait(EngagementEvent event, EventSignup signup, String token) {
        long eventId = event.getId();
        if (events.takePlace(eventId) == 1) {
            signup.confirm(false);
        } else if (events.moveWaitlistOn(eventId) == 1) {
            signup.waitlist(events.waitlistSequence(eventId));
        } else {
            throw new FieldValidationException("", "This event is no longer taking sign-ups");
        }
        signups.save(signup);
        if (signup.getStatus() == SignupStatus.CONFIRMED) {
            publisher.publishEvent(new SignupConfirmed(signup.getId(), token, false, invitations.noticeWithCalendar(event, signup, false)));
            return new SignupResult(reference(signup), SignupStatus.CONFIRMED, 0);
        }
        long position = positionOf(signup);
        publisher.publishEvent(new SignupWaitlisted(signup.getId(), token, position, invitations.notice(event, signup)));
        return new SignupResult(reference(signup), SignupStatus.WAITLISTED, position);
    }

    /** The sign-up a cancel link belongs to, without changing anything (opening a link must not cancel). */
    @Transactional(readOnly = true)
    public EventSignup checkCancelLink(String token) {
        EventSignup signup = signups.readByTokenHash(OneTimeTokens.hash(token == null ? "" : token))
                .orElseThrow(() -> new InvalidLinkException("This link is not recognised. Check you used the whole link from the e-mail."));
        if (signup.getStatus() == SignupStatus.CANCELLED) {
            throw new InvalidLinkException("This place has already been cancelled.");
        }
        return signup;
    }

    /** Cancels from the e-mail's link; a freed place goes to the first on the waiting list. */
    @Transactional
    public void cancelByLink(String token) {
        long eventId = checkCancelLink(token).getEventId();
        EngagementEvent event = events.lockById(eventId).orElseThrow();
        EventSignup signup = signups.findByTokenHash(OneTimeTokens.hash(token)).orElseThrow();
        if (signup.getStatus() == SignupStatus.CANCELLED) {
            throw new InvalidLinkException("This place has already been cancelled.");
        }
        boolean hadPlace = signup.getStatus() == SignupStatus.CONFIRMED;
        signup.cancel();
        if (hadPlace && !signup.isOverCapacity()) {
            event.placeFreed();
            promoteFirstWaiting(event);
        }
    }

    private void promoteFirstWaiting(EngagementEvent event) {
        if (event.getStatus() != EventStatus.PUBLISHED || !event.hasPlaceLeft()) {
            return;
        }
        signups.findFirstByEventIdAndStatusOrderByWaitlistSequence(event.getId(), SignupStatus.WAITLISTED).ifPresent(next -> {
            next.confirm(false);
            event.placeTaken();
            publisher.publishEvent(new SignupConfirmed(next.getId(), null, true, invitations.noticeWithCalendar(event, next, false)));
        });
    }

    /** The team gives a waiting person a place, over capacity if they choose (shown as such). */
    @Transactional
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN})
    public void promote(long signupId, boolean overCapacityAllowed) {
        EventSignup signup = signups.findById(signupId).orElseThrow();
        EngagementEvent event = events.lockById(signup.getEventId()).orElseThrow();
        if (signup.getStatus() != SignupStatus.WAITLISTED) {
            throw new FieldValidationException("", "Only someone on the waiting list can be promoted");
        }
        boolean full = !event.hasPlaceLeft();
        if (full && !overCapacityAllowed) {
            throw new FieldValidationException("", "The event is full: promote over capacity, or wait for a cancellation");
        }
        signup.confirm(full);
        if (!full) {
            event.placeTaken();
        }
        publisher.publishEvent(new SignupConfirmed(signup.getId(), null, true, invitations.noticeWithCalendar(event, signup, false)));
    }

    /** Position on the waiting list: the people still ahead, plus one. */
    @Transactional(readOnly = true)
    public long positionOf(EventSignup signup) {
        return signups.countByEventIdAndStatusAndWaitlistSequenceLessThan(signup.getEventId(), SignupStatus.WAITLISTED,
                signup.getWaitlistSequence()) + 1;
    }

    @Transactional(readOnly = true)
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN})
    public List<EventSignup> search(long eventId, String text, Pageable pageable) {
        return signups.search(eventId, like(text), pageable);
    }

    @Transactional(readOnly = true)
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN})
    public long countSearch(long eventId, String text) {
        return signups.countSearch(eventId, like(text));
    }

    @Transactional
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN})
    public void markAttended(long signupId, boolean attended) {
        signups.findById(signupId).orElseThrow().markAttended(attended);
    }

    /** Someone came without signing up: recorded as attended, beyond capacity if need be. */
    @Transactional
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN})
    public EventSignup addWalkIn(long eventId, String name, String organisationName, String email) {
        if (name == null || name.isBlank()) {
            throw new FieldValidationException("walkInName", "Enter the name of the person who came");
        }
        String address = email == null || email.isBlank()
                ? "walk-in-" + OneTimeTokens.newToken().substring(0, 12).toLowerCase(Locale.ROOT) + "@no-email.invalid"
                : email.trim().toLowerCase(Locale.ROOT);
        EngagementEvent event = events.lockById(eventId).orElseThrow();
        if (signups.existsByEventIdAndEmail(eventId, address)) {
            throw new FieldValidationException("walkInEmail", "Someone with this e-mail address is already on the list: tick them instead");
        }
        EventSignup walkIn = new EventSignup(eventId, new SignupDetails(name.trim(), blank(organisationName), address, null, null,
                null, true), null, OneTimeTokens.hash(OneTimeTokens.newToken()), clock.instant());
        walkIn.confirm(!event.hasPlaceLeft());
        if (!walkIn.isOverCapacity()) {
            event.placeTaken();
        }
        walkIn.markWalkIn();
        return signups.save(walkIn);
    }

    @Transactional(readOnly = true)
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN})
    public Attendance attendance(long eventId) {
        EngagementEvent event = events.findById(eventId).orElseThrow();
        long confirmed = signups.countByEventIdAndStatus(eventId, SignupStatus.CONFIRMED);
        long attended = signups.countByEventIdAndAttendedTrue(eventId);
        var from = event.getStartsAt().atZone(TimeConfiguration.LONDON).toInstant();
        return new Attendance(confirmed, signups.countByEventIdAndStatus(eventId, SignupStatus.WAITLISTED), attended,
                signups.countByEventIdAndWalkInTrue(eventId), Math.max(0, confirmed - attended),
                pledges.submittedBy(signups.attendingOrganisations(eventId), from, from.plus(Duration.ofDays(30))));
    }

    /** Confirmed and waiting sign-ups, e.g. everyone to tell about a cancellation. */
    @Transactional(readOnly = true)
    public List<EventSignup> active(long eventId) {
        return signups.findByEventIdAndStatusIn(eventId, List.of(SignupStatus.CONFIRMED, SignupStatus.WAITLISTED));
    }

    /** The reminder run: one reminder a couple of days before and one a couple of hours before, each once. */
    @Transactional
    @Secured(AppRoles.ROLE_ADMIN)
    public void sendReminders() {
        LocalDateTime now = now();
        for (boolean daysBefore : new boolean[] {true, false}) {
            Duration lead = daysBefore ? firstReminder : secondReminder;
            for (EventSignup signup : signups.dueForReminder(now, now.plus(lead), daysBefore)) {
                signup.markReminderSent(daysBefore);
                EngagementEvent event = events.findById(signup.getEventId()).orElseThrow();
                // someone signing up late gets one reminder, not two at once
                if (daysBefore && !now.isBefore(event.getStartsAt().minus(secondReminder))) {
                    continue;
                }
                publisher.publishEvent(new EventReminderDue(signup.getId(), daysBefore, invitations.notice(event, signup)));
            }
        }
    }

    @Transactional
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN})
    public void sendFollowUp(long eventId, String message) {
        if (message == null || message.isBlank()) {
            throw new FieldValidationException("followUp", "Write the message to send to everyone who came");
        }
        List<String> attendees = active(eventId).stream()
                .filter(signup -> signup.isAttended() && !signup.getEmail().endsWith(".invalid")).map(EventSignup::getEmail).toList();
        publisher.publishEvent(new EventFollowUp(eventId, events.findById(eventId).orElseThrow().getTitle(), message.trim(), attendees));
    }

    public static String reference(EventSignup signup) {
        return "EVT-%06d".formatted(signup.getId());
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(TimeConfiguration.LONDON));
    }

    private static SignupDetails checked(SignupDetails d) {
        if (d.name() == null || d.name().isBlank()) {
            throw new FieldValidationException("name", "Enter your full name");
        }
        String email = d.email() == null ? "" : d.email().trim().toLowerCase(Locale.ROOT);
        if (email.isEmpty()) {
            throw new FieldValidationException("email", "Enter your e-mail address");
        }
        if (!email.matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$") || email.length() > 254) {
            throw new FieldValidationException("email", "Enter an e-mail address in the correct format, like name@example.com");
        }
        for (String[] answer : new String[][] {{"dietaryNeeds", d.dietaryNeeds()}, {"accessNeeds", d.accessNeeds()}}) {
            if (answer[1] != null && answer[1].length() > TEXT_MAX_LENGTH) {
                throw new FieldValidationException(answer[0], "This must be " + TEXT_MAX_LENGTH + " characters or fewer");
            }
        }
        if (!d.consent()) {
            throw new FieldValidationException("consent", "Tick the box to agree we can keep your details for this event");
        }
        return new SignupDetails(d.name().trim(), blank(d.organisationName()), email, blank(d.dietaryNeeds()),
                blank(d.accessNeeds()), blank(d.extraAnswer()), true);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    static String like(String text) {
        return text == null || text.isBlank() ? null : "%" + text.trim() + "%";
    }
}
