package org.opendoors.socialvalue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.opendoors.base.FieldValidationException;
import org.opendoors.brokerage.PlacementService;
import org.opendoors.offer.OfferService;
import org.opendoors.security.AppRoles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Suppliers' returns: actuals beside what Open Doors recorded (placements, deliveries, hires), a narrative
 * and evidence; the officer queries or accepts and grades them. Reminders before a return is due and when
 * it is overdue, each once.
 */
@Service
public class ReturnService {

    static final int DUE_SOON_DAYS = 7;

    private final KpiReturnRepository returns;
    private final EvidenceFileRepository evidence;
    private final ReportingPeriodRepository periods;
    private final ContractService contracts;
    private final PlacementService placements;
    private final OfferService offers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReturnService(KpiReturnRepository returns, EvidenceFileRepository evidence, ReportingPeriodRepository periods,
                  ContractService contracts, PlacementService placements, OfferService offers,
                  ApplicationEventPublisher events, Clock clock) {
        this.returns = returns;
        this.evidence = evidence;
        this.periods = periods;
        this.contracts = contracts;
        this.placements = placements;
        this.offers = offers;
        this.events = events;
        this.clock = clock;
    }

    /** The return for a period, created on first opening with each actual pre-filled from Open Doors' own records. */
    @Transactional
    public KpiReturn open(long contractId, int periodNumber) {
        Contract contract = contracts.find(contractId);
        ReportingPeriod period = periodOf(contract, periodNumber);
        KpiReturn kpiReturn = returns.findByPeriodId(period.getId()).orElseGet(() -> returns.save(new KpiReturn(period.getId(), contractId)));
        if (kpiReturn.getStatus() == ReturnStatus.DRAFT) {
            for (ContractKpi kpi : contract.getKpis()) {
                ReturnLine line = kpiReturn.lineFor(kpi);
                BigDecimal recorded = recorded(kpi.getMeasure().getSource(), contract.getSupplierId(), period);
                line.report(line.getActual() == null ? recorded : line.getActual(), recorded, line.getDifferenceReason());
            }
        }
        kpiReturn.getLines().size();
        return returns.saveAndFlush(kpiReturn);
    }

    /** Saves what the supplier typed; a figure that differs from Open Doors' record needs a reason. */
    @Transactional
    public KpiReturn save(long contractId, int periodNumber, long expectedVersion, Map<Long, BigDecimal> actuals,
                          Map<Long, String> reasons, String narrative) {
        KpiReturn kpiReturn = open(contractId, periodNumber);
        if (kpiReturn.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(KpiReturn.class, kpiReturn.getId());
        }
        kpiReturn.requireEditable();
        for (ReturnLine line : kpiReturn.getLines()) {
            BigDecimal actual = actuals.get(line.getKpiId());
            if (actual != null && actual.signum() < 0) {
                throw new FieldValidationException("actual-" + line.getKpiId(), "Enter zero or more");
            }
            String reason = reasons.get(line.getKpiId());
            reason = reason == null || reason.isBlank() ? null : reason.trim();
            boolean differs = actual != null && line.getRecorded() != null && actual.compareTo(line.getRecorded()) != 0;
            if (differs && reason == null) {
                throw new FieldValidationException("reason-" + line.getKpiId(), "Say why your figure differs from the "
                        + line.getRecorded().stripTrailingZeros().toPlainString() + " recorded in Open Doors");
            }
            line.report(actual, line.getRecorded(), differs ? reason : null);
        }
        kpiReturn.setNarrative(narrative == null || narrative.isBlank() ? null : narrative.trim());
        return returns.saveAndFlush(kpiReturn);
    }

    /** Attaches evidence: PDF, JPEG or PNG by content, at most 5 MB. */
    @Transactional
    public void addEvidence(long contractId, int periodNumber, String filename, byte[] content) {
        KpiReturn kpiReturn = open(contractId, periodNumber);
        kpiReturn.requireEditable();
        String type = EvidenceTypes.check(filename, content);
        String safeName = filename == null ? "evidence" : filename.replaceAll("[^A-Za-z0-9._ -]", "_");
        evidence.save(new EvidenceFile(kpiReturn.getId(), safeName.length() > 200 ? safeName.substring(0, 200) : safeName,
                type, content, clock.instant()));
    }

    @Transactional(readOnly = true)
    public List<EvidenceSummary> evidence(long contractId, int periodNumber) {
        return evidence.summaries(open(contractId, periodNumber).getId());
    }

    @Transactional
    public KpiReturn submit(long contractId, int periodNumber, long expectedVersion) {
        KpiReturn kpiReturn = open(contractId, periodNumber);
        if (kpiReturn.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(KpiReturn.class, kpiReturn.getId());
        }
        for (ReturnLine line : kpiReturn.getLines()) {
            if (line.getActual() == null) {
                throw new FieldValidationException("actual-" + line.getKpiId(), "Enter the actual figure for this KPI");
            }
        }
        kpiReturn.submit(clock.instant());
        return returns.saveAndFlush(kpiReturn);
    }

    @Transactional
    @Secured({AppRoles.ROLE_PROCUREMENT, AppRoles.ROLE_ADMIN})
    public void query(long contractId, int periodNumber, String comment) {
        if (comment == null || comment.isBlank()) {
            throw new FieldValidationException("query", "Say what the supplier needs to explain or change");
        }
        KpiReturn kpiReturn = open(contractId, periodNumber);
        kpiReturn.query(comment.trim());
        events.publishEvent(new ReturnQueried(kpiReturn.getId(), contractId, comment.trim()));
    }

    @Transactional
    @Secured({AppRoles.ROLE_PROCUREMENT, AppRoles.ROLE_ADMIN})
    public void accept(long contractId, int periodNumber, Grade grade, String explanation) {
        if (grade == null) {
            throw new FieldValidationException("grade", "Select the grade");
        }
        if (explanation == null || explanation.isBlank()) {
            throw new FieldValidationException("explanation", "Explain the grade");
        }
        open(contractId, periodNumber).accept(grade, explanation.trim());
    }

    /** Worst grade across KPIs, from each KPI's actuals so far against its target so far. */
    @Transactional(readOnly = true)
    public Grade suggestedGrade(long contractId, int periodNumber) {
        Contract contract = contracts.find(contractId);
        Grade worst = Grade.FULLY_ACHIEVED;
        for (ContractKpi kpi : contract.getKpis()) {
            BigDecimal target = kpi.getTargetPerPeriod().multiply(BigDecimal.valueOf(periodNumber));
            BigDecimal actual = cumulativeActual(contract, kpi, periodNumber);
            Grade grade = Grade.suggested(actual, target);
            if (grade.number() > worst.number()) {
                worst = grade;
            }
        }
        return worst;
    }

    /** A KPI's actuals summed over periods 1 to {@code upTo}, from returns already made. */
    @Transactional(readOnly = true)
    public BigDecimal cumulativeActual(Contract contract, ContractKpi kpi, int upTo) {
        BigDecimal total = BigDecimal.ZERO;
        for (KpiReturn r : returns.findByContractId(contract.getId())) {
            int number = contract.getPeriods().stream().filter(p -> p.getId().equals(r.getPeriodId())).findFirst().orElseThrow().getNumber();
            if (number <= upTo) {
                total = total.add(r.getLines().stream().filter(l -> l.getKpiId() == kpi.getId() && l.getActual() != null)
                        .map(ReturnLine::getActual).findFirst().orElse(BigDecimal.ZERO));
            }
        }
        return total;
    }

    /** Each KPI's target against actual, per period and cumulative, with grades and social value: one read of the returns. */
    @Transactional(readOnly = true)
    public List<KpiProgress> progress(long contractId) {
        Contract contract = contracts.find(contractId);
        Map<Long, KpiReturn> byPeriod = new java.util.HashMap<>();
        returns.findByContractId(contractId).forEach(r -> byPeriod.put(r.getPeriodId(), r));
        List<KpiProgress> progress = new java.util.ArrayList<>();
        for (ContractKpi kpi : contract.getKpis()) {
            BigDecimal cumulativeTarget = BigDecimal.ZERO;
            BigDecimal cumulativeActual = BigDecimal.ZERO;
            List<KpiProgress.PeriodFigure> figures = new java.util.ArrayList<>();
            for (ReportingPeriod period : contract.getPeriods()) {
                KpiReturn r = byPeriod.get(period.getId());
                BigDecimal actual = r == null || r.getStatus() == ReturnStatus.DRAFT ? null : r.getLines().stream()
                        .filter(l -> l.getKpiId() == kpi.getId()).map(ReturnLine::getActual).findFirst().orElse(null);
                cumulativeTarget = cumulativeTarget.add(kpi.getTargetPerPeriod());
                cumulativeActual = actual == null ? cumulativeActual : cumulativeActual.add(actual);
                figures.add(new KpiProgress.PeriodFigure(period.getNumber(), kpi.getTargetPerPeriod(), actual, cumulativeTarget,
                        cumulativeActual, r == null ? null : r.getStatus(), r == null ? null : r.getGrade()));
            }
            Long proxy = kpi.getMeasure().getProxyPence();
            progress.add(new KpiProgress(kpi.getMeasure().label(), kpi.getMeasure().isRingfenced(), figures,
                    proxy == null ? null : cumulativeActual.multiply(BigDecimal.valueOf(proxy)).longValue()));
        }
        return progress;
    }

    /** Across all contracts: graded returns by grade, overdue returns, and ringfenced totals, in three statements. */
    @Transactional(readOnly = true)
    @Secured({AppRoles.ROLE_PROCUREMENT, AppRoles.ROLE_ADMIN})
    public Overview overview() {
        Map<Grade, Long> byGrade = new java.util.EnumMap<>(Grade.class);
        for (Object[] row : returns.countByGrade()) {
            byGrade.put(Grade.of(((Number) row[0]).intValue()), ((Number) row[1]).longValue());
        }
        List<String> totals = returns.ringfencedTotals().stream()
                .map(row -> row[0] + " " + row[1] + ": " + ((BigDecimal) row[3]).stripTrailingZeros().toPlainString() + " "
                        + ((MeasureUnit) row[2]).label()).toList();
        return new Overview(byGrade, periods.countOverdue(LocalDate.now(clock)), totals);
    }

    public record Overview(Map<Grade, Long> returnsByGrade, long overdueReturns, List<String> ringfencedTotals) {
    }

    /** Every return of a contract, for its page and report. */
    @Transactional(readOnly = true)
    public List<KpiReturn> ofContract(long contractId) {
        contracts.find(contractId);
        List<KpiReturn> all = returns.findByContractId(contractId);
        all.forEach(r -> r.getLines().size());
        return all;
    }

    /** The daily run: a reminder a week before a return is due, and a notice the day after it is overdue. */
    @Transactional
    @Secured(AppRoles.ROLE_ADMIN)
    public void sendReminders() {
        LocalDate today = LocalDate.now(clock);
        for (ReportingPeriod period : periods.unsubmittedDueBy(today.plusDays(DUE_SOON_DAYS))) {
            KpiReturn kpiReturn = returns.findByPeriodId(period.getId())
                    .orElseGet(() -> returns.save(new KpiReturn(period.getId(), period.getContractId())));
            boolean overdue = today.isAfter(period.getDueOn());
            if (overdue && !kpiReturn.isOverdueSent()) {
                kpiReturn.markOverdueSent();
                kpiReturn.markDueReminderSent();
                events.publishEvent(new ReturnReminderDue(period.getContractId(), period.getNumber(), period.getDueOn(), true));
            } else if (!overdue && !kpiReturn.isDueReminderSent()) {
                kpiReturn.markDueReminderSent();
                events.publishEvent(new ReturnReminderDue(period.getContractId(), period.getNumber(), period.getDueOn(), false));
            }
        }
    }

    private BigDecimal recorded(MeasureSource source, long supplierId, ReportingPeriod period) {
        LocalDate from = period.getStartsOn();
        LocalDate to = period.getEndsOn();
        return switch (source) {
            case NONE -> null;
            case HIRES -> BigDecimal.valueOf(placements.countHired(supplierId, from, to));
            case PLACEMENTS -> BigDecimal.valueOf(placements.countStarted(supplierId, from, to));
            case DELIVERY_HOURS -> offers.deliveriesBetween(supplierId, from, to).hours();
            case DELIVERIES -> BigDecimal.valueOf(offers.deliveriesBetween(supplierId, from, to).deliveries());
        };
    }

    private static ReportingPeriod periodOf(Contract contract, int number) {
        return contract.getPeriods().stream().filter(p -> p.getNumber() == number).findFirst()
                .orElseThrow(() -> new FieldValidationException("", "This contract has no period " + number));
    }
}
