package org.opendoors.notification;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.opendoors.base.PublicLinks;
import org.opendoors.base.SystemTask;
import org.opendoors.base.brand.Brand;
import org.opendoors.brokerage.AskAnswered;
import org.opendoors.brokerage.AskService;
import org.opendoors.brokerage.AskChased;
import org.opendoors.brokerage.AskSent;
import org.opendoors.brokerage.EngagementAsk;
import org.opendoors.brokerage.PlaceRequestAnswered;
import org.opendoors.brokerage.PlaceRequested;
import org.opendoors.brokerage.SustainmentCheckDue;
import org.opendoors.offer.OfferService;
import org.opendoors.offer.OfferTypeService;
import org.opendoors.security.UserAccountService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * E-mails about places and asks. None carries a young person's reference: employers never see it, and
 * council staff read it in the portal.
 */
@Component
class BrokerageEmails {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", Locale.UK);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final MailOutbox outbox;
    private final Recipients recipients;
    private final UserAccountService accounts;
    private final OfferService offers;
    private final OfferTypeService offerTypes;
    private final AskService asks;
    private final PublicLinks links;
    private final Brand brand;

    BrokerageEmails(MailOutbox outbox, Recipients recipients, UserAccountService accounts, OfferService offers,
                    OfferTypeService offerTypes, AskService asks, PublicLinks links, Brand brand) {
        this.brand = brand;
        this.outbox = outbox;
        this.recipients = recipients;
        this.accounts = accounts;
        this.offers = offers;
        this.offerTypes = offerTypes;
        this.asks = asks;
        this.links = links;
    }

    @EventListener
    void on(PlaceRequested requested) {
        String offer = offers.find(requested.offerId()).getTitle();
        for (String recipient : recipients.employerUsersOf(requested.organisationId())) {
            outbox.queue(recipient, "A request for a place on " + offer, """
                    A leaving-care personal adviser has asked for a place on "%s" for a young person they support.

                    See the request and answer it: %s
                    """.formatted(offer, links.url("our-requests")));
        }
    }

    @EventListener
    void on(PlaceRequestAnswered answered) {
        String adviser = SystemTask.run(() -> accounts.find(answered.adviserUserId()).orElseThrow().getEmail());
        outbox.queue(adviser, "Your request for a place was " + (answered.accepted() ? "accepted" : "declined"),
                "The employer has answered your request. See it here: " + links.url("requests"));
    }

    @EventListener
    void on(AskSent sent) {
        EngagementAsk ask = asks.find(sent.askId());
        String what = offerTypes.get(ask.getOfferTypeId()).getName().toLowerCase(Locale.UK);
        for (String recipient : recipients.employerUsersOf(sent.organisationId())) {
            outbox.queue(recipient, "Can you do a " + what + " on " + DATE.format(ask.getProposedAt()) + "?", """
                    The %s engagement team asks: can you do a %s on %s?
                    %s
                    Accept: %s
                    Decline: %s

                    Each link works once. You can also answer after signing in: %s
                    """.formatted(brand.councilName(), what, WHEN.format(ask.getProposedAt()),
                    ask.getDetails() == null ? "" : "\n" + ask.getDetails() + "\n",
                    links.url("ask/" + sent.token() + "/accept"), links.url("ask/" + sent.token() + "/decline"),
                    links.url("our-requests")));
        }
    }

    @EventListener
    void on(AskChased chased) {
        for (String recipient : recipients.employerUsersOf(chased.organisationId())) {
            outbox.queue(recipient, "Reminder: can you help?", """
                    A few days ago the engagement team asked whether you could help a young person leaving care.
                    Please answer with the links in that e-mail, or sign in: %s
                    """.formatted(links.url("our-requests")));
        }
    }

    @EventListener
    void on(AskAnswered answered) {
        String owner = SystemTask.run(() -> accounts.find(answered.createdByUserId()).orElseThrow().getEmail());
        outbox.queue(owner, "Your ask was " + (answered.accepted() ? "accepted" : "declined"),
                "An employer has answered your ask. See it here: " + links.url("asks"));
    }

    @EventListener
    void on(SustainmentCheckDue due) {
        String owner = SystemTask.run(() -> accounts.find(due.ownerUserId()).orElseThrow().getEmail());
        outbox.queue(owner, due.weeks() + "-week sustainment check due", """
                A %d-week check is due on %s: is the young person still in education, employment or training?
                Record the result: %s
                """.formatted(due.weeks(), DATE.format(due.dueOn()), links.url("placements")));
    }
}
