package org.opendoors.brokerage;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;
import org.opendoors.base.AbstractEntity;

/** A young person (by reference) started an opportunity with an organisation; its outcome follows. */
@Entity
@Table(name = "placement")
@Audited
public class Placement extends AbstractEntity {

    @Column(name = "young_person_ref", nullable = false, length = 30)
    private String youngPersonRef;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(name = "offer_id")
    private Long offerId;

    @Column(name = "offer_type_id", nullable = false)
    private long offerTypeId;

    @Column(name = "place_request_id")
    private Long placeRequestId;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    /** The engagement team member who follows it up. */
    @Column(name = "owner_user_id", nullable = false)
    private long ownerUserId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "outcome", length = 30)
    private PlacementOutcome outcome;

    @Column(name = "outcome_on")
    private LocalDate outcomeOn;

    @Column(name = "outcome_reason", length = 500)
    private String outcomeReason;

    /** The supplier's contract this placement counts towards, if it was tagged to one. */
    @Column(name = "contract_id")
    private Long contractId;

    protected Placement() {
    }

    Placement(String youngPersonRef, long organisationId, Long offerId, long offerTypeId, Long placeRequestId,
              LocalDate startDate, long ownerUserId, Long contractId) {
        this.youngPersonRef = youngPersonRef;
        this.organisationId = organisationId;
        this.offerId = offerId;
        this.offerTypeId = offerTypeId;
        this.placeRequestId = placeRequestId;
        this.startDate = startDate;
        this.ownerUserId = ownerUserId;
        this.contractId = contractId;
    }

    /** Follows its organisation when two records of it are merged. */
    void moveTo(long organisationId) {
        this.organisationId = organisationId;
    }

    void recordOutcome(PlacementOutcome outcome, LocalDate on, String reason) {
        this.outcome = outcome;
        this.outcomeOn = on;
        this.outcomeReason = reason;
    }

    public String getYoungPersonRef() {
        return youngPersonRef;
    }

    public Long getContractId() {
        return contractId;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public Long getOfferId() {
        return offerId;
    }

    public long getOfferTypeId() {
        return offerTypeId;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public long getOwnerUserId() {
        return ownerUserId;
    }

    public PlacementOutcome getOutcome() {
        return outcome;
    }

    public LocalDate getOutcomeOn() {
        return outcomeOn;
    }

    public String getOutcomeReason() {
        return outcomeReason;
    }
}
