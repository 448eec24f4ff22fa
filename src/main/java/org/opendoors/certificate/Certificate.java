package org.opendoors.certificate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.opendoors.base.AbstractEntity;

/** A certificate issued for a pledge. The PDF is drawn again on request from these facts, never stored. */
@Entity
@Table(name = "certificate")
@Audited
public class Certificate extends AbstractEntity {

    @Column(name = "pledge_id", nullable = false)
    private long pledgeId;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    /** The name the organisation had when the certificate was issued: a later rename does not change it. */
    @Column(name = "organisation_name", nullable = false, length = 200)
    private String organisationName;

    @Column(name = "code", nullable = false, length = 20, unique = true)
    private String code;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(name = "valid_until", nullable = false)
    private LocalDate validUntil;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected Certificate() {
    }

    Certificate(long pledgeId, long organisationId, String organisationName, String code, LocalDate issuedOn,
                LocalDate validUntil) {
        this.pledgeId = pledgeId;
        this.organisationId = organisationId;
        this.organisationName = organisationName;
        this.code = code;
        this.issuedOn = issuedOn;
        this.validUntil = validUntil;
    }

    void moveTo(long organisationId) {
        this.organisationId = organisationId;
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public CertificateStatus statusOn(LocalDate day) {
        if (revokedAt != null) {
            return CertificateStatus.REVOKED;
        }
        return day.isAfter(validUntil) ? CertificateStatus.EXPIRED : CertificateStatus.VALID;
    }

    public long getPledgeId() {
        return pledgeId;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public String getCode() {
        return code;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }
}
