package org.opendoors.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
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
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due outbox messages through Spring Mail, one at a time: a short transaction claims the next due message
 * (locked with SKIP LOCKED, then leased: its next attempt moved past the lease, so no other instance takes it),
 * the message is sent outside any transaction, and a second short transaction marks it sent. A crash can
 * therefore re-send only the one message that was in flight, once its lease has run out; its Message-ID,
 * derived from the outbox id, stays the same, so a receiving system can drop the copy. A failed attempt is
 * retried with exponential back-off (base, 2×, 4× … up to a ceiling); after the last attempt the message is
 * marked FAILED for ADMIN to see. When the mail server cannot be reached at all, the run stops after that one
 * attempt: the other messages wait for the next run instead of each failing the same way.
 */
@Component
class OutboxDispatcher {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);
    /** Messages sent per run at most, so one run never holds the job's lock for long. */
    private static final int BATCH = 50;

    private final OutboundEmailRepository emails;
    private final Optional<JavaMailSender> mailSender;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String from;
    private final String messageIdDomain;
    private final Duration retryBase;
    private final Duration retryMax;
    private final Duration lease;
    private final int maxAttempts;

    OutboxDispatcher(OutboundEmailRepository emails, ObjectProvider<JavaMailSender> mailSender,
                     PlatformTransactionManager transactionManager, Clock clock, Brand brand,
                     @Value("${opendoors.mail.from}") String fromAddress,
                     @Value("${opendoors.mail.retry-base:PT30S}") Duration retryBase,
                     @Value("${opendoors.mail.retry-max:PT1H}") Duration retryMax,
                     @Value("${opendoors.mail.lease:PT2M}") Duration lease,
                     @Value("${opendoors.mail.max-attempts:20}") int maxAttempts) {
        this.emails = emails;
        this.mailSender = Optional.ofNullable(mailSender.getIfAvailable());
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.from = "\"" + brand.title().replace("\"", "") + "\" <" + fromAddress + ">";
        this.messageIdDomain = fromAddress.contains("@") ? fromAddress.substring(fromAddress.indexOf('@') + 1) : "opendoors.local";
        this.retryBase = retryBase;
        this.retryMax = retryMax;
        this.lease = lease;
        this.maxAttempts = maxAttempts;
    }

    boolean isSending() {
        return mailSender.isPresent();
    }

    @Scheduled(fixedDelayString = "${opendoors.mail.poll-interval:PT5S}")
    @SchedulerLock(name = "outbox-send", lockAtMostFor = "${opendoors.mail.lock-at-most-for:PT1M}")
    public void sendDue() {
        if (mailSender.isEmpty()) {
            return; // no SMTP server configured: mail waits in the outbox
        }
        for (int sent = 0; sent < BATCH; sent++) {
            Optional<Claimed> claimed = transactions.execute(status -> claimNext());
            if (claimed == null || claimed.isEmpty() || !send(claimed.get())) {
                return;
            }
        }
    }

    /** The next due message, leased to this run in its own short transaction. */
    private Optional<Claimed> claimNext() {
        Instant now = clock.instant();
        return emails.lockDue(now, 1).stream().findFirst().map(email -> {
            email.lease(now.plus(lease));
            return new Claimed(email.getId(), email.getRecipient(), email.getSubject(), email.getBody(), email.attachments());
        });
    }

    /** Sends one message and records the outcome; false when the mail server could not be reached. */
    private boolean send(Claimed email) {
        try {
            mailSender.get().send(toMime(email));
        } catch (Exception e) {
            transactions.executeWithoutResult(status -> emails.findById(email.id()).ifPresent(stored -> {
                stored.markFailedAttempt(e.getMessage(), clock.instant(), backOff(stored.getAttempts() + 1), maxAttempts);
                log.warn("E-mail {} to {} not sent (attempt {}): {}", stored.getId(), stored.getRecipient(),
                        stored.getAttempts(), e.getMessage());
            }));
            return !serverUnreachable(e);
        }
        transactions.executeWithoutResult(status -> emails.findById(email.id())
                .ifPresent(stored -> stored.markSent(clock.instant())));
        return true;
    }

    /** No connection, or no sign-in: every message would fail alike, unlike a refused recipient or a bad address. */
    private static boolean serverUnreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof NoRouteToHostException
                    || cause instanceof UnknownHostException || cause instanceof MailAuthenticationException) {
                return true;
            }
        }
        return false;
    }

    /** Wait before attempt {@code attempt + 1}: base × 2^(attempt − 1), at most the ceiling. */
    Duration backOff(int attempt) {
        int doublings = Math.min(attempt - 1, 30);
        Duration wait = retryBase.multipliedBy(1L << doublings);
        return wait.compareTo(retryMax) > 0 ? retryMax : wait;
    }

    /** The RFC 5322 Message-ID of an outbox message: the same on every attempt. */
    String messageId(long outboxId) {
        return "<outbox-" + outboxId + "@" + messageIdDomain + ">";
    }

    private MimeMessage toMime(Claimed email) throws Exception {
        MimeMessage message = new StableIdMessage(mailSender.get().createMimeMessage().getSession(), messageId(email.id()));
        List<Attachment> attachments = email.attachments();
        MimeMessageHelper helper = new MimeMessageHelper(message, !attachments.isEmpty(), "UTF-8");
        helper.setFrom(from);
        helper.setTo(email.recipient());
        helper.setSubject(email.subject());
        helper.setText(email.body(), false);
        for (Attachment attachment : attachments) {
            helper.addAttachment(attachment.filename(),
                    new org.springframework.core.io.ByteArrayResource(attachment.content()), attachment.contentType());
        }
        message.setHeader("X-Open-Doors-Message", String.valueOf(email.id()));
        return message;
    }

    /** What is sent, copied out of the claiming transaction. */
    private record Claimed(long id, String recipient, String subject, String body, List<Attachment> attachments) {
    }

    /** Jakarta Mail replaces the Message-ID on every save; this keeps the one derived from the outbox id. */
    private static final class StableIdMessage extends MimeMessage {

        private final String messageId;

        StableIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
