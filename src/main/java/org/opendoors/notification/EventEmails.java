package org.opendoors.notification;

import org.opendoors.base.ui.Formats;
import org.opendoors.base.PublicLinks;
import org.opendoors.event.EventCancelled;
import org.opendoors.event.EventFollowUp;
import org.opendoors.event.EventReminderDue;
import org.opendoors.event.SignupConfirmed;
import org.opendoors.event.SignupNotice;
import org.opendoors.event.SignupRepeated;
import org.opendoors.event.SignupStatus;
import org.opendoors.event.SignupWaitlisted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** E-mails about events: confirmation with a calendar invitation, waiting list, promotion, reminders, cancellation. */
@Component
class EventEmails {

    private static final String ICS = "text/calendar; method=REQUEST; charset=UTF-8";

    private final MailOutbox outbox;
    private final PublicLinks links;

    EventEmails(MailOutbox outbox, PublicLinks links) {
        this.outbox = outbox;
        this.links = links;
    }

    @ApplicationModuleListener
    void on(SignupConfirmed confirmed) {
        SignupNotice notice = confirmed.notice();
        String cancel = confirmed.token() == null ? "To cancel, use the link in our first e-mail."
                : "If you cannot come, cancel so someone else can have your place: " + links.url("events/cancel/" + confirmed.token());
        outbox.queue(notice.email(), (confirmed.promoted() ? "A place has come up: " : "You're booked: ") + notice.eventTitle(), """
                Dear %s,

                %s %s on %s.
                %s

                The calendar invitation is attached. Your reference is %s.

                %s
                """.formatted(notice.name(), confirmed.promoted() ? "Good news: a place has come up for you at" : "Your place is confirmed at",
                notice.eventTitle(), Formats.dayAndTime(notice.startsAt()), notice.joiningDetails(), notice.reference(), cancel),
                new Attachment("invitation.ics", ICS, notice.calendar()));
    }

    /** A second sign-up with the same address: its owner is reminded of the place they have; nothing changes. */
    @ApplicationModuleListener
    void on(SignupRepeated repeated) {
        SignupNotice notice = repeated.notice();
        outbox.queue(notice.email(), "You have already signed up: " + notice.eventTitle(), """
                Dear %s,

                Someone, probably you, signed up again for %s on %s with this e-mail address. You already have %s,
                so nothing has changed. Your reference is %s.

                The e-mail we sent when you first signed up has the details and the link to cancel.
                """.formatted(notice.name(), notice.eventTitle(), Formats.dayAndTime(notice.startsAt()),
                notice.status() == SignupStatus.CONFIRMED ? "a place" : notice.status() == SignupStatus.WAITLISTED
                        ? "a place on the waiting list" : "a sign-up", notice.reference()));
    }

    @ApplicationModuleListener
    void on(SignupWaitlisted waitlisted) {
        SignupNotice notice = waitlisted.notice();
        outbox.queue(notice.email(), "You're on the waiting list: " + notice.eventTitle(), """
                Dear %s,

                %s on %s is full. You are number %d on the waiting list (reference %s).
                If a place comes up, it is yours automatically and we will e-mail you with the details.

                To leave the waiting list: %s
                """.formatted(notice.name(), notice.eventTitle(), Formats.dayAndTime(notice.startsAt()), waitlisted.position(),
                notice.reference(), links.url("events/cancel/" + waitlisted.token())));
    }

    @ApplicationModuleListener
    void on(EventReminderDue due) {
        SignupNotice notice = due.notice();
        outbox.queue(notice.email(), "Reminder: " + notice.eventTitle() + (due.daysBefore() ? " is coming up" : " starts soon"), """
                Dear %s,

                A reminder that %s starts on %s.
                %s
                """.formatted(notice.name(), notice.eventTitle(), Formats.dayAndTime(notice.startsAt()), notice.joiningDetails()));
    }

    @ApplicationModuleListener
    void on(EventCancelled cancelled) {
        for (SignupNotice notice : cancelled.signedUp()) {
            Attachment[] calendar = notice.calendar() == null ? new Attachment[0]
                    : new Attachment[] {new Attachment("cancellation.ics", "text/calendar; method=CANCEL; charset=UTF-8", notice.calendar())};
            outbox.queue(notice.email(), "Cancelled: " + notice.eventTitle(), """
                    Dear %s,

                    We are sorry: %s on %s has been cancelled. See other events: %s
                    """.formatted(notice.name(), notice.eventTitle(), Formats.dayAndTime(notice.startsAt()), links.url("events")), calendar);
        }
    }

    @ApplicationModuleListener
    void on(EventFollowUp followUp) {
        for (String attendee : followUp.attendees()) {
            outbox.queue(attendee, "Thank you for coming to " + followUp.eventTitle(), followUp.message());
        }
    }
}
