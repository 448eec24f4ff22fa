package org.opendoors.notification;

import java.util.Locale;
import org.opendoors.base.ui.Formats;
import org.opendoors.base.PublicLinks;
import org.opendoors.base.brand.Brand;
import org.opendoors.brokerage.AskAnswered;
import org.opendoors.brokerage.AskChased;
import org.opendoors.brokerage.AskSent;
import org.opendoors.brokerage.PlaceRequestAnswered;
import org.opendoors.brokerage.PlaceRequested;
import org.opendoors.brokerage.SustainmentCheckDue;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * E-mails about places and asks. None carries a young person's reference: employers never see it, and
 * council staff read it in the portal.
 */
@Component
class BrokerageEmails {

    private final MailOutbox outbox;
    private final Recipients recipients;
    private final PublicLinks links;
    private final Brand brand;

    BrokerageEmails(MailOutbox outbox, Recipients recipients, PublicLinks links, Brand brand) {
        this.brand = brand;
        this.outbox = outbox;
        this.recipients = recipients;
        this.links = links;
    }

    @ApplicationModuleListener
    void on(PlaceRequested requested) {
        String offer = requested.offerTitle();
        for (String recipient : recipients.employerUsersOf(requested.organisationId())) {
            outbox.queue(recipient, "A request for a place on " + offer, """
                    A leaving-care personal adviser has asked for a place on "%s" for a young person they support.

                    See the request and answer it: %s
                    """.formatted(offer, links.url("our-requests")));
        }
    }

    @ApplicationModuleListener
    void on(PlaceRequestAnswered answered) {
        recipients.activeUser(answered.adviserUserId()).ifPresent(adviser -> outbox.queue(adviser,
                "Your request for a place was " + (answered.accepted() ? "accepted" : "declined"),
                "The employer has answered your request. See it here: " + links.url("requests")));
    }

    @ApplicationModuleListener
    void on(AskSent sent) {
        String what = sent.offerTypeName().toLowerCase(Locale.UK);
        for (String recipient : recipients.employerUsersOf(sent.organisationId())) {
            outbox.queue(recipient, "Can you do a " + what + " on " + Formats.longDate(sent.proposedAt()) + "?", """
                    The %s engagement team asks: can you do a %s on %s?
                    %s
                    Accept: %s
                    Decline: %s

                    Each link works once. You can also answer after signing in: %s
                    """.formatted(brand.councilName(), what, Formats.dayAndTime(sent.proposedAt()),
                    sent.details() == null ? "" : "\n" + sent.details() + "\n",
                    links.url("ask/" + sent.token() + "/accept"), links.url("ask/" + sent.token() + "/decline"),
                    links.url("our-requests")));
        }
    }

    @ApplicationModuleListener
    void on(AskChased chased) {
        for (String recipient : recipients.employerUsersOf(chased.organisationId())) {
            outbox.queue(recipient, "Reminder: can you help?", """
                    A few days ago the engagement team asked whether you could help a young person leaving care.
                    Please answer with the links in that e-mail, or sign in: %s
                    """.formatted(links.url("our-requests")));
        }
    }

    @ApplicationModuleListener
    void on(AskAnswered answered) {
        recipients.activeUser(answered.createdByUserId()).ifPresent(owner -> outbox.queue(owner,
                "Your ask was " + (answered.accepted() ? "accepted" : "declined"),
                "An employer has answered your ask. See it here: " + links.url("asks")));
    }

    @ApplicationModuleListener
    void on(SustainmentCheckDue due) {
        recipients.activeUser(due.ownerUserId()).ifPresent(owner -> outbox.queue(owner, due.weeks() + "-week sustainment check due", """
                A %d-week check is due on %s: is the young person still in education, employment or training?
                Record the result: %s
                """.formatted(due.weeks(), Formats.longDate(due.dueOn()), links.url("placements"))));
    }
}
