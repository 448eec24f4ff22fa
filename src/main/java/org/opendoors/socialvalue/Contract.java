package org.opendoors.socialvalue;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;
import org.opendoors.base.AbstractEntity;

/** A contract with a supplier and its social value commitments ringfenced for care leavers. */
@Entity
@Table(name = "contract")
@Audited
public class Contract extends AbstractEntity {

    @Column(name = "supplier_id", nullable = false)
    private long supplierId;

    @Column(name = "reference", nullable = false, length = 50, unique = true)
    private String reference;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "value_pence", nullable = false)
    private long valuePence;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "frequency", nullable = false, length = 20)
    private ReportingFrequency frequency;

    @Column(name = "officer_user_id", nullable = false)
    private long officerUserId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "contract", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<ContractKpi> kpis = new ArrayList<>();

    @OneToMany(mappedBy = "contract", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<ReportingPeriod> periods = new ArrayList<>();

    /** The supplier's users who fill in the returns; other users of the supplier may read them. */
    @ElementCollection
    @CollectionTable(name = "contract_reporter", joinColumns = @JoinColumn(name = "contract_id"))
    @Column(name = "user_id", nullable = false)
    private Set<Long> reporterUserIds = new HashSet<>();

    protected Contract() {
    }

    Contract(ContractDetails d, long officerUserId, Instant createdAt) {
        this.supplierId = d.supplierId();
        this.reference = d.reference().trim();
        this.title = d.title().trim();
        this.valuePence = d.valuePence();
        this.startsOn = d.startsOn();
        this.endsOn = d.endsOn();
        this.frequency = d.frequency();
        this.officerUserId = officerUserId;
        this.createdAt = createdAt;
        this.reporterUserIds.addAll(d.reporterUserIds());
    }

    /** Follows its organisation when two records of it are merged. */
    void moveTo(long organisationId) {
        this.supplierId = organisationId;
    }

    void addKpi(Measure measure, TargetKind kind, BigDecimal target, List<BigDecimal> perPeriod) {
        kpis.add(new ContractKpi(this, measure, kind, target, perPeriod));
    }

    void nameReporters(Set<Long> userIds) {
        reporterUserIds.clear();
        reporterUserIds.addAll(userIds);
    }

    void addPeriod(int number, PeriodDates dates) {
        periods.add(new ReportingPeriod(this, number, dates.startsOn(), dates.endsOn(), dates.dueOn()));
    }

    public long getSupplierId() {
        return supplierId;
    }

    public String getReference() {
        return reference;
    }

    public String getTitle() {
        return title;
    }

    public long getValuePence() {
        return valuePence;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public ReportingFrequency getFrequency() {
        return frequency;
    }

    public long getOfficerUserId() {
        return officerUserId;
    }

    public Set<Long> getReporterUserIds() {
        return Set.copyOf(reporterUserIds);
    }

    public boolean isReporter(long userId) {
        return reporterUserIds.contains(userId);
    }

    public List<ContractKpi> getKpis() {
        return List.copyOf(kpis);
    }

    public List<ReportingPeriod> getPeriods() {
        return List.copyOf(periods);
    }
}
