package org.opendoors.notification;

import java.time.Clock;
import org.opendoors.base.brand.Brand;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues an e-mail. It must be called inside a transaction: that of the listener reacting (after commit) to the
 * change that causes the e-mail, so a listener that fails queues nothing and is tried again from the event
 * publication registry; the dispatcher sends the message afterwards.
 */
@Service
public class MailOutbox {

    private final OutboundEmailRepository emails;
    private final Brand brand;
    private final Clock clock;

    MailOutbox(OutboundEmailRepository emails, Brand brand, Clock clock) {
        this.emails = emails;
        this.brand = brand;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void queue(String recipient, String subject, String body, Attachment... attachments) {
        String signed = body.strip() + "\n\n-- \n" + brand.title() + "\n" + brand.emailFooter() + "\n";
        OutboundEmail email = new OutboundEmail(recipient, subject, signed, clock.instant());
        for (Attachment attachment : attachments) {
            email.attach(attachment);
        }
        emails.save(email);
    }
}
