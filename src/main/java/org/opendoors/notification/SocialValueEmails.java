package org.opendoors.notification;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.opendoors.base.PublicLinks;
import org.opendoors.base.SystemTask;
import org.opendoors.socialvalue.Contract;
import org.opendoors.socialvalue.ContractService;
import org.opendoors.socialvalue.ReturnQueried;
import org.opendoors.socialvalue.ReturnReminderDue;
import org.opendoors.socialvalue.ReturnSubmitted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells the supplier's named reporters about returns due soon, overdue or queried, and the officer about submitted ones. */
@Component
class SocialValueEmails {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final MailOutbox outbox;
    private final Recipients recipients;
    private final ContractService contracts;
    private final PublicLinks links;

    SocialValueEmails(MailOutbox outbox, Recipients recipients, ContractService contracts, PublicLinks links) {
        this.outbox = outbox;
        this.recipients = recipients;
        this.contracts = contracts;
        this.links = links;
    }

    @EventListener
    void on(ReturnReminderDue due) {
        Contract contract = SystemTask.run(() -> contracts.find(due.contractId()));
        String subject = (due.overdue() ? "Overdue: social value return for " : "Social value return due soon for ") + contract.getReference();
        for (String recipient : SystemTask.run(() -> contracts.reporterEmails(due.contractId()))) {
            outbox.queue(recipient, subject, """
                    Your social value return for %s (%s), period %d, %s on %s.

                    Complete it here: %s
                    """.formatted(contract.getTitle(), contract.getReference(), due.periodNumber(),
                    due.overdue() ? "was due" : "is due", DATE.format(due.dueOn()),
                    links.url("contracts/" + contract.getId() + "/returns/" + due.periodNumber())));
        }
    }

    @EventListener
    void on(ReturnQueried queried) {
        Contract contract = contracts.find(queried.contractId());
        for (String recipient : SystemTask.run(() -> contracts.reporterEmails(queried.contractId()))) {
            outbox.queue(recipient, "Query on your social value return for " + contract.getReference(), """
                    The contract officer has a query on your return:

                    %s

                    Answer it and resubmit here: %s
                    """.formatted(queried.comment(), links.url("contracts/" + contract.getId() + "/returns/" + queried.periodNumber())));
        }
    }

    @EventListener
    void on(ReturnSubmitted submitted) {
        Contract contract = SystemTask.run(() -> contracts.find(submitted.contractId()));
        recipients.activeUser(submitted.officerUserId()).ifPresent(officer -> outbox.queue(officer,
                (submitted.afterQuery() ? "Resubmitted" : "Submitted") + ": social value return for " + contract.getReference(), """
                The supplier has %s its social value return for %s (%s), period %d.

                Review it here: %s
                """.formatted(submitted.afterQuery() ? "answered your query and resubmitted" : "submitted", contract.getTitle(),
                contract.getReference(), submitted.periodNumber(),
                links.url("contracts/" + contract.getId() + "/returns/" + submitted.periodNumber()))));
    }
}
