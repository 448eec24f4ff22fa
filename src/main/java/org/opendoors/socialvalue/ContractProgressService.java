package org.opendoors.socialvalue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opendoors.security.AppRoles;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Target against actual for each KPI, per period and cumulative; the suggested grade; procurement's overview. */
@Service
public class ContractProgressService {

    static final int OVERDUE_LIST_SIZE = 50;

    private final ContractService contracts;
    private final KpiReturnRepository returns;
    private final ReportingPeriodRepository periods;
    private final Clock clock;

    ContractProgressService(ContractService contracts, KpiReturnRepository returns, ReportingPeriodRepository periods, Clock clock) {
        this.contracts = contracts;
        this.returns = returns;
        this.periods = periods;
        this.clock = clock;
    }

    /** Each KPI's figures; a period's actual counts once its return is submitted (drafts are the supplier's own). */
    @Transactional(readOnly = true)
    public List<KpiProgress> progress(long contractId) {
        return standing(contracts.find(contractId)).progress();
    }

    /** A contract's returns as its page shows them: each period's return status (by period number) and each KPI's figures. */
    record Standing(Map<Integer, ReturnStatus> statusByPeriod, List<KpiProgress> progress) {
    }

    Standing standing(Contract contract) {
        Map<Long, KpiReturn> byPeriod = new HashMap<>();
        returns.findByContractId(contract.getId()).forEach(r -> byPeriod.put(r.getPeriodId(), r));
        Map<Integer, ReturnStatus> statuses = new HashMap<>();
        contract.getPeriods().stream().filter(p -> byPeriod.containsKey(p.getId()))
                .forEach(p -> statuses.put(p.getNumber(), byPeriod.get(p.getId()).getStatus()));
        List<KpiProgress> progress = new ArrayList<>();
        for (ContractKpi kpi : contract.getKpis()) {
            progress.add(progressOf(contract, kpi, byPeriod));
        }
        return new Standing(statuses, progress);
    }

    private static KpiProgress progressOf(Contract contract, ContractKpi kpi, Map<Long, KpiReturn> byPeriod) {
        BigDecimal cumulativeTarget = BigDecimal.ZERO;
        BigDecimal cumulativeActual = BigDecimal.ZERO;
        List<KpiProgress.PeriodFigure> figures = new ArrayList<>();
        KpiProgress.PeriodFigure previous = null;
        KpiProgress.PeriodFigure latest = null;
        for (ReportingPeriod period : contract.getPeriods()) {
            KpiReturn r = byPeriod.get(period.getId());
            BigDecimal actual = r == null || r.getStatus() == ReturnStatus.DRAFT ? null : r.getLines().stream()
                    .filter(l -> l.getKpiId() == kpi.getId()).map(ReturnLine::getActual).findFirst().orElse(null);
            BigDecimal target = kpi.targetFor(period.getNumber());
            cumulativeTarget = cumulativeTarget.add(target);
            cumulativeActual = actual == null ? cumulativeActual : cumulativeActual.add(actual);
            KpiProgress.PeriodFigure figure = new KpiProgress.PeriodFigure(period.getNumber(), target, actual, cumulativeTarget,
                    cumulativeActual, r == null ? null : r.getStatus(), r == null ? null : r.getGrade());
            figures.add(figure);
            if (actual != null) {
                previous = latest;
                latest = figure;
            }
        }
        Trend trend = previous == null ? Trend.TOO_EARLY
                : Trend.between(previous.actual(), previous.target(), latest.actual(), latest.target());
        Long proxy = kpi.getMeasure().getProxyPence();
        return new KpiProgress(kpi.getMeasure().label(), kpi.getMeasure().isRingfenced(), figures, trend,
                proxy == null ? null : cumulativeActual.multiply(BigDecimal.valueOf(proxy)).longValue());
    }

    /** The worst grade across KPIs, from each one's actuals so far against its targets so far. */
    @Transactional(readOnly = true)
    @Secured({AppRoles.ROLE_PROCUREMENT, AppRoles.ROLE_ADMIN})
    public Grade suggestedGrade(long contractId, int periodNumber) {
        Grade worst = Grade.FULLY_ACHIEVED;
        for (KpiProgress kpi : progress(contractId)) {
            KpiProgress.PeriodFigure upTo = kpi.periods().get(periodNumber - 1);
            Grade grade = Grade.suggested(upTo.cumulativeActual(), upTo.cumulativeTarget());
            if (grade.number() > worst.number()) {
                worst = grade;
            }
        }
        return worst;
    }

    /** Returns past their due date and not yet submitted, across all contracts. */
    @Transactional(readOnly = true)
    @Secured({AppRoles.ROLE_PROCUREMENT, AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN, AppRoles.ROLE_LEADERSHIP})
    public long countOverdueReturns() {
        return periods.countOverdue(LocalDate.now(clock));
    }

    /** Across all contracts: contracts and returns by grade, overdue returns, and ringfenced totals, in five statements. */
    @Transactional(readOnly = true)
    @Secured({AppRoles.ROLE_PROCUREMENT, AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN, AppRoles.ROLE_LEADERSHIP})
    public Overview overview() {
        Map<Grade, Long> byGrade = new EnumMap<>(Grade.class);
        for (Object[] row : returns.countByGrade()) {
            byGrade.put(Grade.of(((Number) row[0]).intValue()), ((Number) row[1]).longValue());
        }
        Map<Grade, Long> contractsByGrade = new EnumMap<>(Grade.class);
        long notGraded = 0;
        for (Object[] row : returns.contractsByLatestGrade()) {
            long count = ((Number) row[1]).longValue();
            if (row[0] == null) {
                notGraded = count;
            } else {
                contractsByGrade.put(Grade.of(((Number) row[0]).intValue()), count);
            }
        }
        List<String> totals = returns.ringfencedTotals().stream()
                .map(row -> row[0] + " " + row[1] + ": " + ((MeasureUnit) row[2]).format((BigDecimal) row[3])).toList();
        LocalDate today = LocalDate.now(clock);
        return new Overview(contractsByGrade, notGraded, byGrade, periods.countOverdue(today),
                periods.overdue(today, PageRequest.of(0, OVERDUE_LIST_SIZE)), totals);
    }

    /** Contracts by their latest grade (and how many have none yet), returns by grade, overdue returns, totals. */
    public record Overview(Map<Grade, Long> contractsByLatestGrade, long contractsNotGraded, Map<Grade, Long> returnsByGrade,
                           long overdueCount, List<OverdueReturn> overdue, List<String> ringfencedTotals) {
    }
}
