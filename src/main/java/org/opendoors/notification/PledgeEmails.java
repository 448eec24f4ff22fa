package org.opendoors.notification;

import org.opendoors.base.ui.Formats;
import org.opendoors.base.PublicLinks;
import org.opendoors.base.brand.Brand;
import org.opendoors.certificate.CertificateIssued;
import org.opendoors.pledge.Pledge;
import org.opendoors.pledge.PledgeEnded;
import org.opendoors.pledge.PledgeRenewalDue;
import org.opendoors.pledge.PledgeReturned;
import org.opendoors.pledge.PledgeStatus;
import org.opendoors.pledge.PledgeSubmitted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** E-mails at each step of a pledge's life, to the organisation's employer users (and the engagement team). */
@Component
class PledgeEmails {

    private final MailOutbox outbox;
    private final Recipients recipients;
    private final Brand brand;
    private final PublicLinks links;

    PledgeEmails(MailOutbox outbox, Recipients recipients, Brand brand, PublicLinks links) {
        this.outbox = outbox;
        this.recipients = recipients;
        this.brand = brand;
        this.links = links;
    }

    @ApplicationModuleListener
    void on(PledgeSubmitted submitted) {
        String reference = Pledge.reference(submitted.pledgeId());
        toEmployer(submitted.organisationId(), "We have received your pledge " + reference, """
                Thank you for your pledge to support young people leaving care. Your reference is %s.

                What happens next: the %s engagement team will check your pledge, usually within 10 working days.
                We will e-mail you when it is approved, with your pledge certificate, or if we need you to change anything.
                """.formatted(reference, brand.councilName()));
        for (String member : recipients.engagementTeam()) {
            outbox.queue(member, "Pledge " + reference + " is waiting for approval",
                    "A pledge is waiting for approval: " + links.url("pledges/" + submitted.pledgeId()));
        }
    }

    @ApplicationModuleListener
    void on(CertificateIssued issued) {
        Attachment certificate = new Attachment("open-doors-pledge-certificate.pdf", "application/pdf", issued.pdf());
        String reference = Pledge.reference(issued.pledgeId());
        if (issued.renewal()) {
            toEmployer(issued.organisationId(), "Your pledge " + reference + " is renewed", """
                    Thank you for renewing your pledge for another year. Your new certificate is attached.
                    """, certificate);
        } else {
            toEmployer(issued.organisationId(), "Your pledge " + reference + " is approved", """
                    Your pledge to support young people leaving care is approved. Your pledge certificate is attached:
                    anyone can check it with the QR code on it.

                    You can now record the opportunities you offer in Open Doors: %s
                    """.formatted(links.url("employer")), certificate);
        }
    }

    @ApplicationModuleListener
    void on(PledgeReturned returned) {
        toEmployer(returned.organisationId(), "Please update your pledge " + Pledge.reference(returned.pledgeId()), """
                The engagement team has looked at your pledge and asks you to change something before it can be approved:

                %s

                Update and resubmit it here: %s
                """.formatted(returned.reason(), links.url("pledge")));
    }

    @ApplicationModuleListener
    void on(PledgeEnded ended) {
        String reference = Pledge.reference(ended.pledgeId());
        String what = ended.status() == PledgeStatus.LAPSED ? "has lapsed because it was not renewed" : "has been withdrawn";
        toEmployer(ended.organisationId(), "Your pledge " + reference + " has ended", """
                Your pledge %s %s, and its certificate is no longer valid.

                You can make a new pledge at any time: %s
                """.formatted(reference, what, links.url("pledge")));
    }

    @ApplicationModuleListener
    void on(PledgeRenewalDue due) {
        toEmployer(due.organisationId(), "Renew your pledge by " + Formats.longDate(due.dueOn()), """
                Your pledge %s is due for renewal on %s (%d days from now). Renew it so that your certificate stays valid
                and your organisation stays on the pledge wall:

                %s
                """.formatted(Pledge.reference(due.pledgeId()), Formats.longDate(due.dueOn()), due.daysBefore(), links.url("pledge")));
    }

    private void toEmployer(long organisationId, String subject, String body, Attachment... attachments) {
        for (String recipient : recipients.employerUsersOf(organisationId)) {
            outbox.queue(recipient, subject, body, attachments);
        }
    }
}
