package org.opendoors.strategy;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.opendoors.base.brand.Brand;
import org.opendoors.security.AppRoles;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The action plan and the progress update (published rounds) as PDFs. */
@Service
public class StrategyReports {

    private final ActionPlanRepository plans;
    private final RecommendationRepository recommendations;
    private final SuccessMeasureRepository measures;
    private final ProgressRoundRepository rounds;
    private final ProgressEntryRepository entries;
    private final LiveMeasures live;
    private final java.time.Clock clock;
    private final StrategyPdf pdf;

    StrategyReports(ActionPlanRepository plans, RecommendationRepository recommendations, SuccessMeasureRepository measures,
                    ProgressRoundRepository rounds, ProgressEntryRepository entries, LiveMeasures live, java.time.Clock clock,
                    Brand brand) {
        this.live = live;
        this.clock = clock;
        this.plans = plans;
        this.recommendations = recommendations;
        this.measures = measures;
        this.rounds = rounds;
        this.entries = entries;
        this.pdf = new StrategyPdf(brand);
    }

    @Transactional(readOnly = true)
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN, AppRoles.ROLE_LEADERSHIP})
    public byte[] actionPlanPdf(long planId) {
        ActionPlan plan = plans.findById(planId).orElseThrow();
        List<Recommendation> list = recommendations.findByPlanIdOrderByNumber(planId);
        return pdf.actionPlan(plan, list, measuresOf(list));
    }

    /**
     * The progress update with every published round, oldest first, and each live measure's chart up to the latest
     * published round's date (today when none is published), so the charts end where the update's figures end.
     */
    @Transactional(readOnly = true)
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN, AppRoles.ROLE_LEADERSHIP})
    public byte[] progressUpdatePdf(long planId) {
        ActionPlan plan = plans.findById(planId).orElseThrow();
        List<Recommendation> list = recommendations.findByPlanIdOrderByNumber(planId);
        List<ProgressRound> published = rounds.findByPlanIdOrderByAsOfAscIdAsc(planId).stream().filter(ProgressRound::isPublished).toList();
        Map<Long, List<ProgressEntry>> byRound = published.isEmpty() ? Map.of()
                : entries.findByRoundIdIn(published.stream().map(ProgressRound::getId).toList()).stream()
                        .collect(Collectors.groupingBy(ProgressEntry::getRoundId));
        List<StrategyPdf.RoundEntries> roundEntries = published.stream().map(r -> new StrategyPdf.RoundEntries(r,
                byRound.getOrDefault(r.getId(), List.of()).stream()
                        .collect(Collectors.toMap(ProgressEntry::getRecommendationId, e -> e)))).toList();
        Map<Long, List<SuccessMeasure>> measuresByRecommendation = measuresOf(list);
        java.time.LocalDate until = published.isEmpty() ? java.time.LocalDate.now(clock) : published.getLast().getAsOf();
        Map<Long, MeasureChart> charts = new java.util.HashMap<>();
        measuresByRecommendation.values().stream().flatMap(List::stream).filter(SuccessMeasure::isLive)
                .forEach(m -> charts.put(m.getId(), live.chart(m, until)));
        return pdf.progressUpdate(plan, list, measuresByRecommendation, roundEntries, charts);
    }

    private Map<Long, List<SuccessMeasure>> measuresOf(List<Recommendation> list) {
        if (list.isEmpty()) {
            return Map.of();
        }
        return measures.withMilestones(list.stream().map(Recommendation::getId).toList()).stream()
                .collect(Collectors.groupingBy(SuccessMeasure::getRecommendationId));
    }
}
