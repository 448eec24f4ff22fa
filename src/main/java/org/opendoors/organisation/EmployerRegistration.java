package org.opendoors.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;
import org.opendoors.base.AbstractEntity;

/**
 * A self-service registration waiting for its e-mail address to be confirmed. Only then is the
 * organisation created, so unconfirmed sign-ups never clutter the CRM.
 */
@Entity
@Table(name = "employer_registration")
@Audited
class EmployerRegistration extends AbstractEntity {

    @Column(name = "reference", nullable = false, length = 20, unique = true)
    private String reference;

    /** SHA-256 of the link's token: the token itself is only ever in the e-mail. */
    @NotAudited
    @Column(name = "token_hash", nullable = false, length = 64, unique = true)
    private String tokenHash;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(name = "organisation_name", nullable = false, length = 200)
    private String organisationName;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "organisation_type", nullable = false, length = 20)
    private OrganisationType organisationType;

    @Column(name = "sector", nullable = false, length = 100)
    private String sector;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "size_band", nullable = false, length = 20)
    private SizeBand sizeBand;

    @Column(name = "postcode", nullable = false, length = 8)
    private String postcode;

    @Column(name = "area", nullable = false, length = 100)
    private String area;

    @Column(name = "website", length = 200)
    private String website;

    @Column(name = "companies_house_number", length = 8)
    private String companiesHouseNumber;

    @Column(name = "person_name", nullable = false, length = 100)
    private String personName;

    @Column(name = "job_title", nullable = false, length = 100)
    private String jobTitle;

    @Column(name = "email", nullable = false, length = 254)
    private String email;

    @Column(name = "phone", nullable = false, length = 30)
    private String phone;

    @NotAudited
    @Column(name = "password_hash", nullable = false, length = 100)
    private String passwordHash;

    @Column(name = "contact_consent", nullable = false)
    private boolean contactConsent;

    @Column(name = "wall_consent", nullable = false)
    private boolean wallConsent;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected EmployerRegistration() {
    }

    EmployerRegistration(String reference, String tokenHash, Instant createdAt, Instant expiresAt,
                         OrganisationProfile organisation, RegistrantDetails person, String passwordHash) {
        this.reference = reference;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
        this.organisationName = organisation.name();
        this.organisationType = organisation.type();
        this.sector = organisation.sector();
        this.sizeBand = organisation.sizeBand();
        this.postcode = organisation.postcode();
        this.area = organisation.area();
        this.website = organisation.website();
        this.companiesHouseNumber = organisation.companiesHouseNumber();
        this.contactConsent = organisation.contactConsent();
        this.wallConsent = organisation.wallConsent();
        this.personName = person.name();
        this.jobTitle = person.jobTitle();
        this.email = person.email();
        this.phone = person.phone();
        this.passwordHash = passwordHash;
    }

    /** Follows its organisation when two records of it are merged. */
    void moveTo(long organisationId) {
        this.organisationId = organisationId;
    }

    OrganisationProfile organisation() {
        return new OrganisationProfile(organisationName, organisationType, sector, sizeBand, postcode, area, website,
                companiesHouseNumber, contactConsent, wallConsent);
    }

    RegistrantDetails person() {
        return new RegistrantDetails(personName, jobTitle, email, phone);
    }

    void markVerified(Instant now, long organisationId) {
        this.verifiedAt = now;
        this.organisationId = organisationId;
    }

    boolean isVerified() {
        return verifiedAt != null;
    }

    boolean isExpired(Instant now) {
        return now.isAfter(expiresAt);
    }

    String getReference() {
        return reference;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    Long getOrganisationId() {
        return organisationId;
    }
}
