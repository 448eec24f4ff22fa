package org.opendoors.brokerage;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;
import org.opendoors.base.AbstractEntity;

/** An adviser asks for a place on an offer for a young person known only by reference, age band and area. */
@Entity
@Table(name = "place_request")
@Audited
public class PlaceRequest extends AbstractEntity {

    public static final int HOPES_MAX_LENGTH = 1000;

    @Column(name = "offer_id", nullable = false)
    private long offerId;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(name = "adviser_user_id", nullable = false)
    private long adviserUserId;

    @Column(name = "young_person_ref", nullable = false, length = 30)
    private String youngPersonRef;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "age_band", nullable = false, length = 10)
    private AgeBand ageBand;

    @Column(name = "area", nullable = false, length = 100)
    private String area;

    @Column(name = "hopes", nullable = false, length = HOPES_MAX_LENGTH)
    private String hopes;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "status", nullable = false, length = 20)
    private PlaceRequestStatus status = PlaceRequestStatus.REQUESTED;

    @Column(name = "employer_note", length = 500)
    private String employerNote;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected PlaceRequest() {
    }

    PlaceRequest(long offerId, long organisationId, long adviserUserId, String youngPersonRef, AgeBand ageBand, String area,
                 String hopes, Instant createdAt) {
        this.offerId = offerId;
        this.organisationId = organisationId;
        this.adviserUserId = adviserUserId;
        this.youngPersonRef = youngPersonRef;
        this.ageBand = ageBand;
        this.area = area;
        this.hopes = hopes;
        this.createdAt = createdAt;
    }

    /** Follows its organisation when two records of it are merged. */
    void moveTo(long organisationId) {
        this.organisationId = organisationId;
    }

    void answer(boolean accepted, String note) {
        status = accepted ? PlaceRequestStatus.ACCEPTED : PlaceRequestStatus.DECLINED;
        employerNote = note;
    }

    void placed() {
        status = PlaceRequestStatus.PLACED;
    }

    public long getOfferId() {
        return offerId;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public long getAdviserUserId() {
        return adviserUserId;
    }

    /** Council staff and the adviser only: never shown to employers. */
    String getYoungPersonRef() {
        return youngPersonRef;
    }

    public AgeBand getAgeBand() {
        return ageBand;
    }

    public String getArea() {
        return area;
    }

    public String getHopes() {
        return hopes;
    }

    public PlaceRequestStatus getStatus() {
        return status;
    }

    public String getEmployerNote() {
        return employerNote;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
