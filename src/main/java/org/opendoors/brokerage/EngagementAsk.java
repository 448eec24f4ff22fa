package org.opendoors.brokerage;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.EnumSet;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;
import org.opendoors.base.AbstractEntity;
import org.opendoors.base.FieldValidationException;

/** "Can you do a mock interview on 14 March at 10:00?": a specific ask from the engagement team to an employer. */
@Entity
@Table(name = "engagement_ask")
@Audited
public class EngagementAsk extends AbstractEntity {

    public static final int DETAILS_MAX_LENGTH = 1000;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(name = "offer_type_id", nullable = false)
    private long offerTypeId;

    /** UK local date and time of the proposed session. */
    @Column(name = "proposed_at", nullable = false)
    private LocalDateTime proposedAt;

    @Column(name = "details", length = DETAILS_MAX_LENGTH)
    private String details;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "status", nullable = false, length = 20)
    private AskStatus status = AskStatus.SENT;

    @NotAudited
    @Column(name = "token_hash", nullable = false, length = 64, unique = true)
    private String tokenHash;

    @Column(name = "link_expires_at", nullable = false)
    private Instant linkExpiresAt;

    @Column(name = "link_used_at")
    private Instant linkUsedAt;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Column(name = "chased_at")
    private Instant chasedAt;

    @Column(name = "created_by_user_id", nullable = false)
    private long createdByUserId;

    protected EngagementAsk() {
    }

    EngagementAsk(long organisationId, long offerTypeId, LocalDateTime proposedAt, String details, String tokenHash,
                  Instant sentAt, Instant linkExpiresAt, long createdByUserId) {
        this.organisationId = organisationId;
        this.offerTypeId = offerTypeId;
        this.proposedAt = proposedAt;
        this.details = details;
        this.tokenHash = tokenHash;
        this.sentAt = sentAt;
        this.linkExpiresAt = linkExpiresAt;
        this.createdByUserId = createdByUserId;
    }

    /** Follows its organisation when two records of it are merged. */
    void moveTo(long organisationId) {
        this.organisationId = organisationId;
    }

    void answer(boolean accepted, Instant now) {
        move(accepted ? AskStatus.ACCEPTED : AskStatus.DECLINED, EnumSet.of(AskStatus.SENT));
        linkUsedAt = now;
    }

    void schedule() {
        move(AskStatus.SCHEDULED, EnumSet.of(AskStatus.ACCEPTED));
    }

    void complete() {
        move(AskStatus.DONE, EnumSet.of(AskStatus.SCHEDULED));
    }

    void cancel() {
        move(AskStatus.CANCELLED, EnumSet.of(AskStatus.SENT, AskStatus.ACCEPTED, AskStatus.SCHEDULED));
    }

    void expire() {
        move(AskStatus.EXPIRED, EnumSet.of(AskStatus.SENT));
    }

    void chased(Instant now) {
        chasedAt = now;
    }

    private void move(AskStatus to, EnumSet<AskStatus> allowedFrom) {
        if (!allowedFrom.contains(status)) {
            throw new FieldValidationException("", "This ask is " + status.label().toLowerCase() + ", so it cannot become "
                    + to.label().toLowerCase());
        }
        status = to;
    }

    boolean isLinkUsable(Instant now) {
        return linkUsedAt == null && status == AskStatus.SENT && now.isBefore(linkExpiresAt);
    }

    boolean isLinkUsed() {
        return linkUsedAt != null;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public long getOfferTypeId() {
        return offerTypeId;
    }

    public LocalDateTime getProposedAt() {
        return proposedAt;
    }

    public String getDetails() {
        return details;
    }

    public AskStatus getStatus() {
        return status;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getChasedAt() {
        return chasedAt;
    }

    public long getCreatedByUserId() {
        return createdByUserId;
    }
}
