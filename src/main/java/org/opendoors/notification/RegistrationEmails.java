package org.opendoors.notification;

import org.opendoors.base.PublicLinks;
import org.opendoors.base.brand.Brand;
import org.opendoors.organisation.EmployerRegistrationStarted;
import org.opendoors.organisation.OrganisationRegistered;
import org.opendoors.security.ColleagueInvited;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** E-mails about joining Open Doors: confirm your address, set your password, a possible duplicate. */
@Component
class RegistrationEmails {

    private final MailOutbox outbox;
    private final Recipients recipients;
    private final Brand brand;
    private final PublicLinks links;

    RegistrationEmails(MailOutbox outbox, Recipients recipients, Brand brand, PublicLinks links) {
        this.outbox = outbox;
        this.recipients = recipients;
        this.brand = brand;
        this.links = links;
    }

    @ApplicationModuleListener
    void on(EmployerRegistrationStarted started) {
        outbox.queue(started.email(), "Confirm your e-mail address to register with " + brand.serviceName(), """
                Dear %s,

                Thank you for registering %s with %s. Your reference is %s.

                To finish registering, confirm your e-mail address by opening this link within 48 hours:

                %s

                If you did not register, you can ignore this e-mail: nothing will be set up.
                """.formatted(started.personName(), started.organisationName(), brand.serviceName(), started.reference(),
                links.url("verify-email/" + started.token())));
    }

    /** The address already has an account: tell its owner, and only them. */
    @ApplicationModuleListener
    void on(org.opendoors.organisation.RegistrationForExistingAccount existing) {
        outbox.queue(existing.email(), "You already have an account with " + brand.serviceName(), """
                Dear %s,

                Someone, probably you, tried to register an organisation with %s using this e-mail address. You already
                have an account, so nothing new has been set up.

                Sign in here: %s

                If you have forgotten your password, use "Forgot your password?" on the sign-in page. If you did not
                try to register, you can ignore this e-mail.
                """.formatted(existing.personName(), brand.serviceName(), links.url("login")));
    }

    @ApplicationModuleListener
    void on(ColleagueInvited invited) {
        outbox.queue(invited.email(), invited.invitedBy() + " invited you to " + brand.serviceName(), """
                Dear %s,

                %s has invited you to join %s on %s, %s's portal for employers supporting young people leaving care.

                Choose your password within 7 days with this link, then sign in with this e-mail address:

                %s
                """.formatted(invited.name(), invited.invitedBy(), invited.organisationName(), brand.serviceName(), brand.councilName(),
                links.url("set-password/" + invited.token())));
    }

    @ApplicationModuleListener
    void on(OrganisationRegistered registered) {
        if (registered.possibleDuplicateOf() == null) {
            return;
        }
        for (String member : recipients.engagementTeam()) {
            outbox.queue(member, "Possible duplicate organisation: " + registered.organisationName(), """
                    A new registration, %s, looks like an organisation already in Open Doors: %s.

                    Check both and merge them if they are the same:
                    %s
                    """.formatted(registered.organisationName(), registered.possibleDuplicateName(),
                    links.url("organisations/" + registered.organisationId())));
        }
    }
}
