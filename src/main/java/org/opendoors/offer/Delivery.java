package org.opendoors.offer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.opendoors.base.AbstractEntity;

/** What actually happened on an offer: when, how many young people, how many hours. */
@Entity
@Table(name = "delivery")
@Audited
public class Delivery extends AbstractEntity {

    @Column(name = "offer_id", nullable = false)
    private long offerId;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(name = "delivered_on", nullable = false)
    private LocalDate deliveredOn;

    @Column(name = "young_people", nullable = false)
    private int youngPeople;

    @Column(name = "hours", nullable = false, precision = 7, scale = 1)
    private BigDecimal hours;

    /** The supplier's contract this delivery counts towards, if it was tagged to one. */
    @Column(name = "contract_id")
    private Long contractId;

    protected Delivery() {
    }

    Delivery(long offerId, long organisationId, LocalDate deliveredOn, int youngPeople, BigDecimal hours, Long contractId) {
        this.offerId = offerId;
        this.organisationId = organisationId;
        this.deliveredOn = deliveredOn;
        this.youngPeople = youngPeople;
        this.hours = hours;
        this.contractId = contractId;
    }

    /** Follows its organisation when two records of it are merged. */
    void moveTo(long organisationId) {
        this.organisationId = organisationId;
    }

    public Long getContractId() {
        return contractId;
    }

    public long getOfferId() {
        return offerId;
    }

    public LocalDate getDeliveredOn() {
        return deliveredOn;
    }

    public int getYoungPeople() {
        return youngPeople;
    }

    public BigDecimal getHours() {
        return hours;
    }
}
