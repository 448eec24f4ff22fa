package org.opendoors.offer;

import org.opendoors.base.ui.Formats;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;
import org.opendoors.base.AbstractEntity;

/** An opportunity an employer offers young people leaving care. */
@Entity
@Table(name = "offer")
@Audited
public class Offer extends AbstractEntity {

    public static final int TITLE_MAX_LENGTH = 150;
    public static final int ELIGIBILITY_MAX_LENGTH = 500;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "offer_type_id", nullable = false)
    private OfferType type;

    @Column(name = "title", nullable = false, length = TITLE_MAX_LENGTH)
    private String title;

    @Column(name = "description", columnDefinition = "text")
    private String description;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "mode", nullable = false, length = 20)
    private OfferMode mode;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "timing", nullable = false, length = 20)
    private OfferTiming timing;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "recurrence", length = 200)
    private String recurrence;

    @Column(name = "places", nullable = false)
    private int places;

    @Column(name = "sector", length = 100)
    private String sector;

    @Column(name = "area", length = 100)
    private String area;

    @Column(name = "location", length = 200)
    private String location;

    @Column(name = "eligibility", length = ELIGIBILITY_MAX_LENGTH)
    private String eligibility;

    @Column(name = "ringfenced", nullable = false)
    private boolean ringfenced;

    /** The pledge commitment this offer fulfils, if any. */
    @Column(name = "commitment_id")
    private Long commitmentId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "status", nullable = false, length = 20)
    private OfferStatus status = OfferStatus.OPEN;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Offer() {
    }

    Offer(long organisationId, Instant createdAt) {
        this.organisationId = organisationId;
        this.createdAt = createdAt;
    }

    /** Follows its organisation when two records of it are merged. */
    void moveTo(long organisationId) {
        this.organisationId = organisationId;
    }

    void update(OfferType type, OfferDetails d) {
        this.type = type;
        this.title = d.title().trim();
        this.description = d.description();
        this.mode = d.mode();
        this.timing = d.timing();
        this.startsOn = d.timing() == OfferTiming.ON_REQUEST ? null : d.startsOn();
        this.recurrence = d.timing() == OfferTiming.RECURRING ? d.recurrence() : null;
        this.places = d.places();
        this.sector = d.sector();
        this.area = d.area();
        this.location = d.location();
        this.eligibility = d.eligibility();
        this.ringfenced = d.ringfenced();
        this.commitmentId = d.commitmentId();
        this.status = d.status() == null ? OfferStatus.OPEN : d.status();
    }

    public OfferDetails details() {
        return new OfferDetails(type.getId(), title, description, mode, timing, startsOn, recurrence, places, sector, area,
                location, eligibility, ringfenced, commitmentId, status);
    }

    /** "On 14 March 2027", "Every other Tuesday", or "On request". */
    public String when() {
        return switch (timing) {
            case ON_DATE -> startsOn == null ? "" : "On " + Formats.longDate(startsOn);
            case RECURRING -> recurrence == null ? "Regularly" : recurrence;
            case ON_REQUEST -> "On request";
        };
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public OfferType getType() {
        return type;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public OfferMode getMode() {
        return mode;
    }

    public OfferTiming getTiming() {
        return timing;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public int getPlaces() {
        return places;
    }

    public String getSector() {
        return sector;
    }

    public String getArea() {
        return area;
    }

    public String getLocation() {
        return location;
    }

    public String getEligibility() {
        return eligibility;
    }

    public boolean isRingfenced() {
        return ringfenced;
    }

    public OfferStatus getStatus() {
        return status;
    }
}
