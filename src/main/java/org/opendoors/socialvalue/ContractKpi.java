package org.opendoors.socialvalue;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;
import org.opendoors.base.AbstractEntity;

/**
 * One KPI line of a contract: a measure with a target, either the same each period or a total profiled across
 * the periods. Either way each period's own target is kept, so grades and reports read one figure per period.
 */
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

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "target_kind", nullable = false, length = 20)
    private TargetKind targetKind;

    /** The target as procurement gave it: per period, or the total over the contract. */
    @Column(name = "target", nullable = false, precision = 12, scale = 2)
    private BigDecimal target;

    @ElementCollection
    @CollectionTable(name = "contract_kpi_target", joinColumns = @JoinColumn(name = "kpi_id"))
    private Set<PeriodTarget> periodTargets = new HashSet<>();

    protected ContractKpi() {
    }

    ContractKpi(Contract contract, Measure measure, TargetKind targetKind, BigDecimal target, List<BigDecimal> perPeriod) {
        this.contract = contract;
        this.measure = measure;
        this.targetKind = targetKind;
        this.target = target;
        for (int i = 0; i < perPeriod.size(); i++) {
            periodTargets.add(new PeriodTarget(i + 1, perPeriod.get(i)));
        }
    }

    public Measure getMeasure() {
        return measure;
    }

    public TargetKind getTargetKind() {
        return targetKind;
    }

    public BigDecimal getTarget() {
        return target;
    }

    /** The target for one period (zero for a period the profile leaves empty). */
    public BigDecimal targetFor(int periodNumber) {
        return periodTargets.stream().filter(t -> t.getPeriodNumber() == periodNumber).map(PeriodTarget::getTarget)
                .findFirst().orElse(BigDecimal.ZERO);
    }

    /** Targets of periods 1 to {@code periodNumber}, added up. */
    public BigDecimal targetUpTo(int periodNumber) {
        return periodTargets.stream().filter(t -> t.getPeriodNumber() <= periodNumber).map(PeriodTarget::getTarget)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public List<PeriodTarget> getPeriodTargets() {
        return periodTargets.stream().sorted(Comparator.comparingInt(PeriodTarget::getPeriodNumber)).toList();
    }

    /** How the target reads to people: "2 per period" or "8 over the contract". */
    public String describeTarget() {
        String amount = target.stripTrailingZeros().toPlainString();
        return targetKind == TargetKind.EACH_PERIOD ? amount + " per period" : amount + " over the contract";
    }
}
