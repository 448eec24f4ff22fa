package org.opendoors.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.opendoors.base.AbstractEntity;

/**
 * One e-mail in the outbox. Not audited by Envers: the row is its own log (created, attempts, last error,
 * sent), and auditing every delivery attempt would bury people's changes in the audit trail.
 */
@Entity
@Table(name = "outbound_email")
public class OutboundEmail extends AbstractEntity {

    private static final int ERROR_MAX_LENGTH = 500;

    @Column(name = "recipient", nullable = false, length = 254)
    private String recipient;

    @Column(name = "subject", nullable = false, length = 200)
    private String subject;

    @Column(name = "body", nullable = false, columnDefinition = "text")
    private String body;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "status", nullable = false, length = 20)
    private OutboundEmailStatus status = OutboundEmailStatus.PENDING;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = ERROR_MAX_LENGTH)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @jakarta.persistence.OneToMany(mappedBy = "email", cascade = jakarta.persistence.CascadeType.ALL)
    private java.util.List<OutboundEmailAttachment> attachments = new java.util.ArrayList<>();

    protected OutboundEmail() {
    }

    OutboundEmail(String recipient, String subject, String body, Instant now) {
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    void attach(Attachment attachment) {
        attachments.add(new OutboundEmailAttachment(this, attachment));
    }

    java.util.List<Attachment> attachments() {
        return attachments.stream().map(OutboundEmailAttachment::toAttachment).toList();
    }

    /** Taken by a sender: nobody else picks it up before {@code until}, when a crashed sender's claim lapses. */
    void lease(Instant until) {
        nextAttemptAt = until;
    }

    void markSent(Instant now) {
        body = TokenLinks.redact(body); // the recipient has the link; the stored copy need not
        status = OutboundEmailStatus.SENT;
        attempts++;
        sentAt = now;
        lastError = null;
    }

    void markFailedAttempt(String error, Instant now, Duration backOff, int maxAttempts) {
        attempts++;
        lastError = error == null ? "unknown error"
                : error.substring(0, Math.min(error.length(), ERROR_MAX_LENGTH));
        if (attempts >= maxAttempts) {
            status = OutboundEmailStatus.FAILED;
        } else {
            nextAttemptAt = now.plus(backOff);
        }
    }

    void retryNow(Instant now) {
        status = OutboundEmailStatus.PENDING;
        attempts = 0;
        nextAttemptAt = now;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    /** The body as ADMIN may read it: one-time links without their tokens. */
    public String maskedBody() {
        return TokenLinks.redact(body);
    }

    public String getBody() {
        return body;
    }

    public OutboundEmailStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
