package org.opendoors.notification;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.opendoors.base.PublicLinks;
import org.opendoors.event.EngagementEvent;
import org.opendoors.event.EventCancelled;
import org.opendoors.event.EventFollowUp;
import org.opendoors.event.EventInvitations;
import org.opendoors.event.EventReminderDue;
import org.opendoors.event.EventService;
import org.opendoors.event.EventSignup;
import org.opendoors.event.SignupConfirmed;
import org.opendoors.event.SignupService;
import org.opendoors.event.SignupStatus;
import org.opendoors.event.SignupWaitlisted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** E-mails about events: confirmation with a calendar invitation, waiting list, promotion, reminders, cancellation. */
@Component
class EventEmails {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.UK);
    private static final String ICS = "text/calendar; method=REQUEST; charset=UTF-8";

    private final MailOutbox outbox;
    private final SignupService signups;
    private final EventService events;
    private final EventInvitations invitations;
    private final PublicLinks links;

    EventEmails(MailOutbox outbox, SignupService signups, EventService events, EventInvitations invitations, PublicLinks links) {
        this.outbox = outbox;
        this.signups = signups;
        this.events = events;
        this.invitations = invitations;
        this.links = links;
    }

    @EventListener
    void on(SignupConfirmed confirmed) {
        EventSignup signup = signups.get(confirmed.signupId());
        EngagementEvent event = events.find(signup.getEventId()).orElseThrow();
        String cancel = confirmed.token() == null ? "To cancel, use the link in our first e-mail."
                : "If you cannot come, cancel so someone else can have your place: " + links.url("events/cancel/" + confirmed.token());
        outbox.queue(signup.getEmail(), (confirmed.promoted() ? "A place has come up: " : "You're booked: ") + event.getTitle(), """
                Dear %s,

                %s %s on %s.
                %s

                The calendar invitation is attached. Your reference is %s.

                %s
                """.formatted(signup.getName(), confirmed.promoted() ? "Good news: a place has come up for you at" : "Your place is confirmed at",
                event.getTitle(), WHEN.format(event.getStartsAt()), invitations.joiningDetails(event), SignupService.reference(signup), cancel),
                new Attachment("invitation.ics", ICS, invitations.forSignup(event, signup, false)));
    }

    /** A second sign-up with the same address: its owner is reminded of the place they have; nothing changes. */
    @EventListener
    void on(org.opendoors.event.SignupRepeated repeated) {
        EventSignup signup = signups.get(repeated.signupId());
        EngagementEvent event = events.find(signup.getEventId()).orElseThrow();
        outbox.queue(signup.getEmail(), "You have already signed up: " + event.getTitle(), """
                Dear %s,

                Someone, probably you, signed up again for %s on %s with this e-mail address. You already have %s,
                so nothing has changed. Your reference is %s.

                The e-mail we sent when you first signed up has the details and the link to cancel.
                """.formatted(signup.getName(), event.getTitle(), WHEN.format(event.getStartsAt()),
                signup.getStatus() == SignupStatus.CONFIRMED ? "a place" : signup.getStatus() == SignupStatus.WAITLISTED
                        ? "a place on the waiting list" : "a sign-up", SignupService.reference(signup)));
    }

    @EventListener
    void on(SignupWaitlisted waitlisted) {
        EventSignup signup = signups.get(waitlisted.signupId());
        EngagementEvent event = events.find(signup.getEventId()).orElseThrow();
        outbox.queue(signup.getEmail(), "You're on the waiting list: " + event.getTitle(), """
                Dear %s,

                %s on %s is full. You are number %d on the waiting list (reference %s).
                If a place comes up, it is yours automatically and we will e-mail you with the details.

                To leave the waiting list: %s
                """.formatted(signup.getName(), event.getTitle(), WHEN.format(event.getStartsAt()), waitlisted.position(),
                SignupService.reference(signup), links.url("events/cancel/" + waitlisted.token())));
    }

    @EventListener
    void on(EventReminderDue due) {
        EventSignup signup = signups.get(due.signupId());
        EngagementEvent event = events.find(signup.getEventId()).orElseThrow();
        outbox.queue(signup.getEmail(), "Reminder: " + event.getTitle() + (due.daysBefore() ? " is coming up" : " starts soon"), """
                Dear %s,

                A reminder that %s starts on %s.
                %s
                """.formatted(signup.getName(), event.getTitle(), WHEN.format(event.getStartsAt()), invitations.joiningDetails(event)));
    }

    @EventListener
    void on(EventCancelled cancelled) {
        EngagementEvent event = events.find(cancelled.eventId()).orElseThrow();
        for (EventSignup signup : signups.active(cancelled.eventId())) {
            Attachment[] calendar = signup.getStatus() == SignupStatus.CONFIRMED
                    ? new Attachment[] {new Attachment("cancellation.ics", "text/calendar; method=CANCEL; charset=UTF-8",
                            invitations.forSignup(event, signup, true))}
                    : new Attachment[0];
            outbox.queue(signup.getEmail(), "Cancelled: " + event.getTitle(), """
                    Dear %s,

                    We are sorry: %s on %s has been cancelled. See other events: %s
                    """.formatted(signup.getName(), event.getTitle(), WHEN.format(event.getStartsAt()), links.url("events")), calendar);
        }
    }

    @EventListener
    void on(EventFollowUp followUp) {
        EngagementEvent event = events.find(followUp.eventId()).orElseThrow();
        for (EventSignup signup : signups.active(followUp.eventId())) {
            if (signup.isAttended() && !signup.getEmail().endsWith(".invalid")) {
                outbox.queue(signup.getEmail(), "Thank you for coming to " + event.getTitle(), followUp.message());
            }
        }
    }
}
