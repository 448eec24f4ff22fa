package org.opendoors.notification;

import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.opendoors.base.brand.Brand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends due outbox messages through Spring Mail. A failed attempt is retried with exponential back-off
 * (base, 2×, 4× … up to a ceiling); after the last attempt the message is marked FAILED for ADMIN to see.
 * A message is marked SENT in the transaction that locked it, so it is sent once.
 */
@Component
class OutboxDispatcher {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);
    private static final int BATCH = 50;

    private final OutboundEmailRepository emails;
    private final Optional<JavaMailSender> mailSender;
    private final Clock clock;
    private final String from;
    private final Duration retryBase;
    private final Duration retryMax;
    private final int maxAttempts;

    OutboxDispatcher(OutboundEmailRepository emails, ObjectProvider<JavaMailSender> mailSender, Clock clock, Brand brand,
                     @Value("${opendoors.mail.from}") String fromAddress,
                     @Value("${opendoors.mail.retry-base:PT30S}") Duration retryBase,
                     @Value("${opendoors.mail.retry-max:PT1H}") Duration retryMax,
                     @Value("${opendoors.mail.max-attempts:20}") int maxAttempts) {
        this.emails = emails;
        this.mailSender = Optional.ofNullable(mailSender.getIfAvailable());
        this.clock = clock;
        this.from = "\"" + brand.title().replace("\"", "") + "\" <" + fromAddress + ">";
        this.retryBase = retryBase;
        this.retryMax = retryMax;
        this.maxAttempts = maxAttempts;
    }

    boolean isSending() {
        return mailSender.isPresent();
    }

    @Scheduled(fixedDelayString = "${opendoors.mail.poll-interval:PT5S}")
    @Transactional
    public void sendDue() {
        if (mailSender.isEmpty()) {
            return; // no SMTP server configured: mail waits in the outbox
        }
        Instant now = clock.instant();
        List<OutboundEmail> due = emails.lockDue(now, BATCH);
        for (OutboundEmail email : due) {
            try {
                mailSender.get().send(toMime(email));
                email.markSent(clock.instant());
            } catch (Exception e) {
                email.markFailedAttempt(e.getMessage(), clock.instant(), backOff(email.getAttempts() + 1), maxAttempts);
                log.warn("E-mail {} to {} not sent (attempt {}): {}", email.getId(), email.getRecipient(),
                        email.getAttempts(), e.getMessage());
            }
        }
    }

    /** Wait before attempt {@code attempt + 1}: base × 2^(attempt − 1), at most the ceiling. */
    Duration backOff(int attempt) {
        int doublings = Math.min(attempt - 1, 30);
        Duration wait = retryBase.multipliedBy(1L << doublings);
        return wait.compareTo(retryMax) > 0 ? retryMax : wait;
    }

    private MimeMessage toMime(OutboundEmail email) throws Exception {
        MimeMessage message = mailSender.get().createMimeMessage();
        List<Attachment> attachments = email.attachments();
        MimeMessageHelper helper = new MimeMessageHelper(message, !attachments.isEmpty(), "UTF-8");
        helper.setFrom(from);
        helper.setTo(email.getRecipient());
        helper.setSubject(email.getSubject());
        helper.setText(email.getBody(), false);
        for (Attachment attachment : attachments) {
            helper.addAttachment(attachment.filename(),
                    new org.springframework.core.io.ByteArrayResource(attachment.content()), attachment.contentType());
        }
        // lets a receiving system drop a duplicate if a crash ever made us send twice
        message.setHeader("X-Open-Doors-Message", String.valueOf(email.getId()));
        return message;
    }
}
