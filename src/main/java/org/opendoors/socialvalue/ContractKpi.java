package org.opendoors.socialvalue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.hibernate.envers.Audited;
import org.opendoors.base.AbstractEntity;

/** One KPI line of a contract: a measure with a target per reporting period. */
@Entity
@Table(name = "contract_kpi")
@Audited
public class ContractKpi extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contract_id", nullable = false)
    private Contract contract;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "measure_id", nullable = false)
    private Measure measure;

    @Column(name = "target_per_period", nullable = false, precision = 12, scale = 2)
    private BigDecimal targetPerPeriod;

    protected ContractKpi() {
    }

    ContractKpi(Contract contract, Measure measure, BigDecimal targetPerPeriod) {
        this.contract = contract;
        this.measure = measure;
        this.targetPerPeriod = targetPerPeriod;
    }

    public Measure getMeasure() {
        return measure;
    }

    public BigDecimal getTargetPerPeriod() {
        return targetPerPeriod;
    }
}
