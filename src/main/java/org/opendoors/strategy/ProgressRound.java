package org.opendoors.strategy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.opendoors.base.AbstractEntity;

/** A dated progress update of a plan ("September 2022"): a draft until published, then frozen. */
@Entity
@Table(name = "progress_round")
@Audited
public class ProgressRound extends AbstractEntity {

    public static final int LABEL_MAX_LENGTH = 50;

    @Column(name = "plan_id", nullable = false)
    private long planId;

    @Column(name = "label", nullable = false, length = LABEL_MAX_LENGTH)
    private String label;

    @Column(name = "as_of", nullable = false)
    private LocalDate asOf;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private RoundStatus status = RoundStatus.DRAFT;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "published_by", length = 254)
    private String publishedBy;

    protected ProgressRound() {
    }

    ProgressRound(long planId, String label, LocalDate asOf) {
        this.planId = planId;
        this.label = label;
        this.asOf = asOf;
    }

    void publish(Instant at, String by) {
        this.status = RoundStatus.PUBLISHED;
        this.publishedAt = at;
        this.publishedBy = by;
    }

    /** Saving any entry changes the round, so two people saving the same round cannot overwrite each other. */
    void touch() {
        this.label = label.trim();
    }

    public long getPlanId() {
        return planId;
    }

    public String getLabel() {
        return label;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public RoundStatus getStatus() {
        return status;
    }

    public boolean isPublished() {
        return status == RoundStatus.PUBLISHED;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }
}
