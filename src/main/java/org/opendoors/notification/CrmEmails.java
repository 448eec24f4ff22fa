package org.opendoors.notification;

import org.opendoors.base.PublicLinks;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.opendoors.base.SystemTask;
import org.opendoors.organisation.NextActionDue;
import org.opendoors.organisation.OrganisationService;
import org.opendoors.security.UserAccountService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Reminds the engagement team of their next actions. */
@Component
class CrmEmails {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final MailOutbox outbox;
    private final UserAccountService accounts;
    private final OrganisationService organisations;
    private final PublicLinks links;

    CrmEmails(MailOutbox outbox, UserAccountService accounts, OrganisationService organisations, PublicLinks links) {
        this.outbox = outbox;
        this.accounts = accounts;
        this.organisations = organisations;
        this.links = links;
    }

    @EventListener
    void on(NextActionDue due) {
        SystemTask.run(() -> {
            String owner = accounts.find(due.ownerUserId()).orElseThrow().getEmail();
            String organisation = organisations.find(due.organisationId()).orElseThrow().getName();
            outbox.queue(owner, "Next action due: " + organisation, """
                    Your next action for %s is due on %s:

                    %s

                    %s
                    """.formatted(organisation, DATE.format(due.dueOn()), due.nextAction(),
                    links.url("organisations/" + due.organisationId())));
        });
    }
}
