package org.opendoors.socialvalue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.opendoors.base.AbstractEntity;

/** A period the supplier reports on, and when the return is due. */
@Entity
@Table(name = "reporting_period")
@Audited
public class ReportingPeriod extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contract_id", nullable = false)
    private Contract contract;

    @Column(name = "number", nullable = false)
    private int number;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    protected ReportingPeriod() {
    }

    ReportingPeriod(Contract contract, int number, LocalDate startsOn, LocalDate endsOn, LocalDate dueOn) {
        this.contract = contract;
        this.number = number;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.dueOn = dueOn;
    }

    public long getContractId() {
        return contract.getId();
    }

    public int getNumber() {
        return number;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }
}
