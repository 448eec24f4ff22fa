package org.opendoors.strategy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.opendoors.base.AbstractEntity;

/** A dated target of a live measure: "3 by April 2022". */
@Entity
@Table(name = "milestone")
@Audited
public class Milestone extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "measure_id", nullable = false)
    private SuccessMeasure measure;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "target", nullable = false, precision = 12, scale = 2)
    private BigDecimal target;

    protected Milestone() {
    }

    Milestone(SuccessMeasure measure, LocalDate dueOn, BigDecimal target) {
        this.measure = measure;
        this.dueOn = dueOn;
        this.target = target;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public BigDecimal getTarget() {
        return target;
    }
}
