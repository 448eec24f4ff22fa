package org.opendoors.notification;

import org.opendoors.base.PublicLinks;
import org.opendoors.base.brand.Brand;
import org.opendoors.security.PasswordChanged;
import org.opendoors.security.PasswordLinkPurpose;
import org.opendoors.security.PasswordResetRequested;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** E-mails about a user's own password: the reset link, and word that it was changed. */
@Component
class PasswordEmails {

    private final MailOutbox outbox;
    private final Brand brand;
    private final PublicLinks links;

    PasswordEmails(MailOutbox outbox, Brand brand, PublicLinks links) {
        this.outbox = outbox;
        this.brand = brand;
        this.links = links;
    }

    @ApplicationModuleListener
    void on(PasswordResetRequested requested) {
        outbox.queue(requested.email(), "Reset your " + brand.serviceName() + " password", """
                Dear %s,

                Someone asked to reset the password of your %s account. If it was you, choose a new password with
                this link. It works once, within %d hour:

                %s

                If you did not ask, you can ignore this e-mail: your password has not changed.
                """.formatted(requested.name(), brand.serviceName(), PasswordLinkPurpose.RESET.lifetime().toHours(),
                links.url("reset-password/" + requested.token())));
    }

    @ApplicationModuleListener
    void on(PasswordChanged changed) {
        outbox.queue(changed.email(), "Your " + brand.serviceName() + " password was changed", """
                Dear %s,

                The password of your %s account was changed, and you were signed out everywhere else.

                If you did not change it, reset it now and tell the %s team:

                %s
                """.formatted(changed.name(), brand.serviceName(), brand.councilName(), links.url("forgot-password")));
    }
}
