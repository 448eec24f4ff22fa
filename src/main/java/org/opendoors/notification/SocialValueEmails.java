package org.opendoors.notification;

import org.opendoors.base.ui.Formats;
import org.opendoors.base.PublicLinks;
import org.opendoors.socialvalue.ReturnQueried;
import org.opendoors.socialvalue.ReturnReminderDue;
import org.opendoors.socialvalue.ReturnSubmitted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells the supplier's named reporters about returns due soon, overdue or queried, and the officer about submitted ones. */
@Component
class SocialValueEmails {

    private final MailOutbox outbox;
    private final Recipients recipients;
    private final PublicLinks links;

    SocialValueEmails(MailOutbox outbox, Recipients recipients, PublicLinks links) {
        this.outbox = outbox;
        this.recipients = recipients;
        this.links = links;
    }

    @ApplicationModuleListener
    void on(ReturnReminderDue due) {
        String subject = (due.overdue() ? "Overdue: social value return for " : "Social value return due soon for ") + due.contractReference();
        for (String recipient : due.reporterEmails()) {
            outbox.queue(recipient, subject, """
                    Your social value return for %s (%s), period %d, %s on %s.

                    Complete it here: %s
                    """.formatted(due.contractTitle(), due.contractReference(), due.periodNumber(),
                    due.overdue() ? "was due" : "is due", Formats.longDate(due.dueOn()), returnLink(due.contractId(), due.periodNumber())));
        }
    }

    @ApplicationModuleListener
    void on(ReturnQueried queried) {
        for (String recipient : queried.reporterEmails()) {
            outbox.queue(recipient, "Query on your social value return for " + queried.contractReference(), """
                    The contract officer has a query on your return:

                    %s

                    Answer it and resubmit here: %s
                    """.formatted(queried.comment(), returnLink(queried.contractId(), queried.periodNumber())));
        }
    }

    @ApplicationModuleListener
    void on(ReturnSubmitted submitted) {
        recipients.activeUser(submitted.officerUserId()).ifPresent(officer -> outbox.queue(officer,
                (submitted.afterQuery() ? "Resubmitted" : "Submitted") + ": social value return for " + submitted.contractReference(), """
                The supplier has %s its social value return for %s (%s), period %d.

                Review it here: %s
                """.formatted(submitted.afterQuery() ? "answered your query and resubmitted" : "submitted", submitted.contractTitle(),
                submitted.contractReference(), submitted.periodNumber(), returnLink(submitted.contractId(), submitted.periodNumber()))));
    }

    private String returnLink(long contractId, int periodNumber) {
        return links.url("contracts/" + contractId + "/returns/" + periodNumber);
    }
}
