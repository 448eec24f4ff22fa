package org.opendoors.notification;

import org.opendoors.base.ui.Formats;
import org.opendoors.base.PublicLinks;
import org.opendoors.organisation.NextActionDue;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Reminds the engagement team of their next actions. */
@Component
class CrmEmails {

    private final MailOutbox outbox;
    private final Recipients recipients;
    private final PublicLinks links;

    CrmEmails(MailOutbox outbox, Recipients recipients, PublicLinks links) {
        this.outbox = outbox;
        this.recipients = recipients;
        this.links = links;
    }

    @ApplicationModuleListener
    void on(NextActionDue due) {
        recipients.activeUser(due.ownerUserId()).ifPresent(owner -> outbox.queue(owner, "Next action due: " + due.organisationName(), """
                Your next action for %s is due on %s:

                %s

                %s
                """.formatted(due.organisationName(), Formats.longDate(due.dueOn()), due.nextAction(),
                links.url("organisations/" + due.organisationId()))));
    }
}
