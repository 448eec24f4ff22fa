package org.opendoors.notification;

import org.opendoors.base.PublicLinks;
import org.opendoors.base.brand.Brand;
import org.opendoors.security.UserAccountCreated;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells a new user their account exists, once the account's creation has committed. */
@Component
class WelcomeEmails {

    private final MailOutbox outbox;
    private final Brand brand;
    private final PublicLinks links;

    WelcomeEmails(MailOutbox outbox, Brand brand, PublicLinks links) {
        this.outbox = outbox;
        this.brand = brand;
        this.links = links;
    }

    @ApplicationModuleListener
    void on(UserAccountCreated created) {
        outbox.queue(created.email(), "Your " + brand.serviceName() + " account",
                """
                Dear %s,

                An account has been created for you on %s, %s's portal for employers supporting young people leaving care.

                Sign in at %s with this e-mail address. The person who set up your account will give you a
                temporary password; you will be asked to choose your own when you first sign in.
                """.formatted(created.displayName(), brand.serviceName(), brand.councilName(), links.url("login")));
    }
}
