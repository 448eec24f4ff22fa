package org.opendoors.notification;

import java.time.Clock;
import org.opendoors.base.brand.Brand;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues an e-mail. It must be called inside the transaction of the change that causes the e-mail, so
 * the two are saved together or not at all; the dispatcher sends it afterwards.
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
