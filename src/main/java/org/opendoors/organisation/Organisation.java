package org.opendoors.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;
import org.opendoors.base.AbstractEntity;

/** A business, contractor, partner, charity or public body the council works with. */
@Entity
@Table(name = "organisation")
@Audited
public class Organisation extends AbstractEntity {

    public static final int NAME_MAX_LENGTH = 200;
    public static final int SECTOR_MAX_LENGTH = 100;
    public static final int AREA_MAX_LENGTH = 100;

    @NotBlank
    @Size(max = NAME_MAX_LENGTH)
    @Column(name = "name", nullable = false, length = NAME_MAX_LENGTH)
    private String name;

    @Size(max = SECTOR_MAX_LENGTH)
    @Column(name = "sector", length = SECTOR_MAX_LENGTH)
    private String sector;

    @Size(max = AREA_MAX_LENGTH)
    @Column(name = "area", length = AREA_MAX_LENGTH)
    private String area;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "status", nullable = false, length = 20)
    private OrganisationStatus status = OrganisationStatus.PROSPECT;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "organisation_type", length = 20)
    private OrganisationType type;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "size_band", length = 20)
    private SizeBand sizeBand;

    @Column(name = "postcode", length = 8)
    private String postcode;

    @Size(max = 200)
    @Column(name = "website", length = 200)
    private String website;

    @Column(name = "companies_house_number", length = 8)
    private String companiesHouseNumber;

    /** The organisation's own e-mail domain, for spotting duplicate registrations. */
    @Column(name = "email_domain", length = 100)
    private String emailDomain;

    @Column(name = "contact_consent", nullable = false)
    private boolean contactConsent;

    /** Whether the organisation agreed to appear on the public pledge wall. */
    @Column(name = "wall_consent", nullable = false)
    private boolean wallConsent;

    /** The engagement team member who looks after this organisation. */
    @Column(name = "owner_user_id")
    private Long ownerUserId;

    /** Set when registration matched an existing organisation: the engagement team decides. */
    @Column(name = "possible_duplicate_of")
    private Long possibleDuplicateOf;

    /** Set when this organisation was merged into another; it then stays only for the audit trail. */
    @Column(name = "merged_into")
    private Long mergedInto;

    /** Set while the organisation has an approved or renewed pledge. */
    @Column(name = "pledge_in_force", nullable = false)
    private boolean pledgeInForce;

    /** When and by whom the engagement team checked the organisation (null: not checked, or withdrawn). */
    @Column(name = "vetted_at")
    private java.time.Instant vettedAt;

    @Column(name = "vetted_by", length = 254)
    private String vettedBy;

    @Column(name = "created_at", nullable = false)
    private java.time.Instant createdAt;

    protected Organisation() {
    }

    Organisation(String name, String sector, String area, OrganisationStatus status, java.time.Instant createdAt) {
        this.name = name;
        this.sector = sector;
        this.area = area;
        this.status = status;
        this.createdAt = createdAt;
    }

    void setProfile(OrganisationProfile profile) {
        this.name = profile.name();
        this.type = profile.type();
        this.sector = profile.sector();
        this.sizeBand = profile.sizeBand();
        this.postcode = profile.postcode();
        this.area = profile.area();
        this.website = profile.website();
        this.companiesHouseNumber = profile.companiesHouseNumber();
        this.contactConsent = profile.contactConsent();
        this.wallConsent = profile.wallConsent();
    }

    void setEmailDomain(String emailDomain) {
        this.emailDomain = emailDomain;
    }

    void setStatus(OrganisationStatus status) {
        this.status = status;
    }

    void setOwnerUserId(Long ownerUserId) {
        this.ownerUserId = ownerUserId;
    }

    void flagPossibleDuplicateOf(Long organisationId) {
        this.possibleDuplicateOf = organisationId;
    }

    void setPledgeInForce(boolean pledgeInForce) {
        this.pledgeInForce = pledgeInForce;
    }

    void markVetted(java.time.Instant at, String by) {
        this.vettedAt = at;
        this.vettedBy = by;
    }

    void withdrawVetting() {
        this.vettedAt = null;
        this.vettedBy = null;
    }

    /** Vetted: a pledge in force, or checked by the engagement team. */
    public boolean isVetted() {
        return pledgeInForce || vettedAt != null;
    }

    /** Its offers may reach advisers: vetted, and neither merged nor a possible duplicate. */
    public boolean isListable() {
        return isVetted() && mergedInto == null && possibleDuplicateOf == null;
    }

    public boolean isPledgeInForce() {
        return pledgeInForce;
    }

    public java.time.Instant getVettedAt() {
        return vettedAt;
    }

    public String getVettedBy() {
        return vettedBy;
    }

    void markMergedInto(long organisationId) {
        this.mergedInto = organisationId;
        this.possibleDuplicateOf = null;
    }

    public OrganisationProfile profile() {
        return new OrganisationProfile(name, type, sector, sizeBand, postcode, area, website, companiesHouseNumber,
                contactConsent, wallConsent);
    }

    public OrganisationType getType() {
        return type;
    }

    public SizeBand getSizeBand() {
        return sizeBand;
    }

    public String getPostcode() {
        return postcode;
    }

    public String getWebsite() {
        return website;
    }

    public String getCompaniesHouseNumber() {
        return companiesHouseNumber;
    }

    public String getEmailDomain() {
        return emailDomain;
    }

    public boolean isWallConsent() {
        return wallConsent;
    }

    public Long getOwnerUserId() {
        return ownerUserId;
    }

    public Long getPossibleDuplicateOf() {
        return possibleDuplicateOf;
    }

    public Long getMergedInto() {
        return mergedInto;
    }

    public String getName() {
        return name;
    }

    public String getSector() {
        return sector;
    }

    public String getArea() {
        return area;
    }

    public OrganisationStatus getStatus() {
        return status;
    }
}
