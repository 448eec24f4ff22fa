package org.opendoors.event;

import java.time.Clock;
import org.opendoors.base.brand.Brand;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The .ics invitation for a confirmed place (or its cancellation), for calendar apps. */
@Component
class EventInvitations {

    private final Brand brand;
    private final String organiserEmail;
    private final Clock clock;

    EventInvitations(Brand brand, @Value("${opendoors.mail.from}") String organiserEmail, Clock clock) {
        this.brand = brand;
        this.organiserEmail = organiserEmail;
        this.clock = clock;
    }

    /** What the e-mails to this person say, with no calendar file. */
    SignupNotice notice(EngagementEvent event, EventSignup signup) {
        return notice(event, signup, null);
    }

    /** What the e-mail to a confirmed person says, with the invitation (or, once cancelled, its cancellation). */
    SignupNotice noticeWithCalendar(EngagementEvent event, EventSignup signup, boolean cancelled) {
        return notice(event, signup, forSignup(event, signup, cancelled));
    }

    private SignupNotice notice(EngagementEvent event, EventSignup signup, byte[] calendar) {
        return new SignupNotice(signup.getName(), signup.getEmail(), SignupService.reference(signup), signup.getStatus(),
                event.getTitle(), event.getStartsAt(), joiningDetails(event), calendar);
    }

    private byte[] forSignup(EngagementEvent event, EventSignup signup, boolean cancelled) {
        String location = event.getOnlineLink() != null ? event.getOnlineLink() : event.where();
        return IcsInvitation.build(new InvitationDetails("event-" + event.getId() + "-signup-" + signup.getId() + "@opendoors",
                event.getTitle(), event.getDescription(), event.getStartsAt(), event.getEndsAt(), location, brand.title(),
                organiserEmail, signup.getName(), signup.getEmail(), cancelled ? 1 : 0, cancelled), clock.instant());
    }

    /** Shown to confirmed attendees only: the online link, if the event has one. */
    private String joiningDetails(EngagementEvent event) {
        return event.getOnlineLink() == null ? "Where: " + event.where() : "Join online: " + event.getOnlineLink()
                + (event.getVenue() == null ? "" : "\nOr in person: " + event.where());
    }
}
