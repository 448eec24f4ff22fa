package org.opendoors.organisation;

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
 * One answer to a consent question: given or not, who, when, how and the wording shown. Rows are only ever added
 * (it is a history itself, so not audited); the organisation's own columns hold the latest answer.
 */
@Entity
@Table(name = "consent_change")
public class ConsentChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "consent", nullable = false, length = 20)
    private ConsentType type;

    @Column(name = "given", nullable = false)
    private boolean given;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 254)
    private String changedBy;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "method", nullable = false, length = 20)
    private ConsentMethod method;

    @Column(name = "wording", nullable = false, length = 500)
    private String wording;

    protected ConsentChange() {
    }

    ConsentChange(long organisationId, ConsentType type, boolean given, Instant changedAt, String changedBy,
                  ConsentMethod method) {
        this.organisationId = organisationId;
        this.type = type;
        this.given = given;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.method = method;
        this.wording = ConsentWording.shown(type, method);
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public ConsentType getType() {
        return type;
    }

    public boolean isGiven() {
        return given;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public ConsentMethod getMethod() {
        return method;
    }

    public String getWording() {
        return wording;
    }
}
