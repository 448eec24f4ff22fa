package org.opendoors.pledge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One step in a pledge's life, shown as its history. Append-only, so not audited by Envers: the row itself
 * says who and when.
 */
@Entity
@Table(name = "pledge_transition")
public class PledgeTransition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "pledge_id", nullable = false)
    private long pledgeId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "from_status", length = 20)
    private PledgeStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "to_status", nullable = false, length = 20)
    private PledgeStatus toStatus;

    @Column(name = "happened_at", nullable = false)
    private Instant happenedAt;

    @Column(name = "actor", nullable = false, length = 254)
    private String actor;

    @Column(name = "note", length = 1000)
    private String note;

    protected PledgeTransition() {
    }

    PledgeTransition(long pledgeId, PledgeStatus fromStatus, PledgeStatus toStatus, Instant happenedAt, String actor,
                     String note) {
        this.pledgeId = pledgeId;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.happenedAt = happenedAt;
        this.actor = actor;
        this.note = note;
    }

    public PledgeStatus getFromStatus() {
        return fromStatus;
    }

    public PledgeStatus getToStatus() {
        return toStatus;
    }

    public Instant getHappenedAt() {
        return happenedAt;
    }

    public String getActor() {
        return actor;
    }

    public String getNote() {
        return note;
    }
}
