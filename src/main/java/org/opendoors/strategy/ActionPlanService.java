package org.opendoors.strategy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opendoors.base.FieldValidationException;
import org.opendoors.base.figures.FigureSpec;
import org.opendoors.security.AppRoles;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Action plans, their recommendations and success measures. The engagement team and administrators set them up;
 * leadership reads them.
 */
@Service
public class ActionPlanService {

    private final ActionPlanRepository plans;
    private final RecommendationRepository recommendations;
    private final SuccessMeasureRepository measures;
    private final LiveMeasures live;
    private final MeasureReadings readings;
    private final StoredReadingRepository stored;
    private final MeasureMonthEnds monthEnds;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ActionPlanService(ActionPlanRepository plans, RecommendationRepository recommendations, SuccessMeasureRepository measures,
                      LiveMeasures live, MeasureReadings readings, StoredReadingRepository stored, MeasureMonthEnds monthEnds,
                      ApplicationEventPublisher events, Clock clock) {
        this.plans = plans;
        this.recommendations = recommendations;
        this.measures = measures;
        this.live = live;
        this.readings = readings;
        this.stored = stored;
        this.monthEnds = monthEnds;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN, AppRoles.ROLE_LEADERSHIP})
    public List<ActionPlan> plans() {
        return plans.findAllByOrderByAgreedOnDescIdDesc();
    }

    @Transactional(readOnly = true)
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN, AppRoles.ROLE_LEADERSHIP})
    public Optional<ActionPlan> plan(long planId) {
        return plans.findById(planId);
    }

    @Transactional(readOnly = true)
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN, AppRoles.ROLE_LEADERSHIP})
    public List<Recommendation> recommendations(long planId) {
        return recommendations.findByPlanIdOrderByNumber(planId);
    }

    @Transactional(readOnly = true)
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN, AppRoles.ROLE_LEADERSHIP})
    public Optional<Recommendation> recommendation(long recommendationId) {
        return recommendations.findById(recommendationId);
    }

    @Transactional(readOnly = true)
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN, AppRoles.ROLE_LEADERSHIP})
    public List<SuccessMeasure> measures(long recommendationId) {
        return measures.withMilestones(List.of(recommendationId));
    }

    @Transactional(readOnly = true)
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN, AppRoles.ROLE_LEADERSHIP})
    public Optional<SuccessMeasure> measure(long measureId) {
        return measures.findById(measureId).map(m -> {
            m.getMilestones().size();
            return m;
        });
    }

    /** A recommendation's measures as last read (see {@link MeasureReadings}): one statement when every reading is current. */
    @Transactional(readOnly = true)
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN, AppRoles.ROLE_LEADERSHIP})
    public MeasuresNow measuresNow(long recommendationId) {
        List<SuccessMeasure> ordered = new ArrayList<>();
        Map<Long, StoredReading> byMeasure = new HashMap<>();
        for (Object[] row : stored.measuresWithReadings(recommendationId)) {
            SuccessMeasure measure = (SuccessMeasure) row[0];
            ordered.add(measure);
            if (row[1] != null) {
                byMeasure.put(measure.getId(), (StoredReading) row[1]);
            }
        }
        return readings.now(ordered, byMeasure);
    }

    /** Each measure of a recommendation read live on a date (today when null), with the grade it suggests. */
    @Transactional(readOnly = true)
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN, AppRoles.ROLE_LEADERSHIP})
    public List<MeasureReading> readings(long recommendationId, LocalDate asOf) {
        LocalDate on = asOf == null ? LocalDate.now(clock) : asOf;
        return measures.withMilestones(List.of(recommendationId)).stream().map(m -> live.read(m, on)).toList();
    }

    /**
     * Each live measure of a recommendation month by month up to today against its milestones, by measure id, for its
     * chart: counted by the day's first view, stored, and read by the others ({@link MeasureMonthEnds}).
     */
    @Transactional(readOnly = true)
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN, AppRoles.ROLE_LEADERSHIP})
    public Map<Long, MeasureChart> charts(long recommendationId) {
        LocalDate today = LocalDate.now(clock);
        List<SuccessMeasure> liveMeasures = measures.withMilestones(List.of(recommendationId)).stream()
                .filter(SuccessMeasure::isLive).toList();
        Map<Long, List<MeasurePoint>> points = monthEnds.upTo(today, liveMeasures);
        Map<Long, MeasureChart> charts = new HashMap<>();
        liveMeasures.forEach(m -> charts.put(m.getId(), live.chart(m, points.get(m.getId()), today)));
        return charts;
    }

    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN, AppRoles.ROLE_LEADERSHIP})
    public List<FigureSpec> figureCatalogue() {
        return live.catalogue();
    }

    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN, AppRoles.ROLE_LEADERSHIP})
    public List<String> typeChoices(String figureKey) {
        return figureKey == null ? List.of() : live.typeChoices(figureKey);
    }

    @Transactional
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN})
    public ActionPlan savePlan(Long planId, Long expectedVersion, PlanDetails details) {
        PlanDetails checked = check(details);
        if (planId == null) {
            return plans.save(new ActionPlan(checked, clock.instant()));
        }
        ActionPlan plan = plans.findById(planId).orElseThrow(() -> new FieldValidationException("", "This plan does not exist"));
        stale(plan.getVersion(), expectedVersion, ActionPlan.class, planId);
        plan.update(checked);
        return plans.saveAndFlush(plan);
    }

    @Transactional
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN})
    public Recommendation saveRecommendation(long planId, Long recommendationId, Long expectedVersion, RecommendationDetails details) {
        plans.findById(planId).orElseThrow(() -> new FieldValidationException("", "This plan does not exist"));
        RecommendationDetails checked = check(details);
        if (recommendations.existsByPlanIdAndNumberAndIdNot(planId, checked.number(), recommendationId == null ? -1 : recommendationId)) {
            throw new FieldValidationException("number", "Recommendation " + checked.number() + " is already in this plan: use another number");
        }
        if (recommendationId == null) {
            return recommendations.save(new Recommendation(planId, checked));
        }
        Recommendation recommendation = recommendations.findById(recommendationId)
                .filter(r -> r.getPlanId() == planId)
                .orElseThrow(() -> new FieldValidationException("", "This recommendation does not exist"));
        stale(recommendation.getVersion(), expectedVersion, Recommendation.class, recommendationId);
        recommendation.update(checked);
        return recommendations.saveAndFlush(recommendation);
    }

    @Transactional
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN})
    public SuccessMeasure saveMeasure(long recommendationId, Long measureId, Long expectedVersion, MeasureDetails details) {
        Recommendation recommendation = recommendations.findById(recommendationId)
                .orElseThrow(() -> new FieldValidationException("", "This recommendation does not exist"));
        LocalDate agreedOn = plans.findById(recommendation.getPlanId()).orElseThrow().getAgreedOn();
        MeasureDetails checked = live.check(details, agreedOn);
        if (measureId == null) {
            SuccessMeasure added = measures.save(new SuccessMeasure(recommendationId, measures.lastPosition(recommendationId) + 1, checked));
            events.publishEvent(new SuccessMeasureChanged(added.getId()));
            return added;
        }
        SuccessMeasure measure = measures.findById(measureId).filter(m -> m.getRecommendationId() == recommendationId)
                .orElseThrow(() -> new FieldValidationException("", "This success measure does not exist"));
        stale(measure.getVersion(), expectedVersion, SuccessMeasure.class, measureId);
        measure.update(checked);
        // the old reading goes with the old definition; the new one is read after commit (or by the first page to need it)
        readings.forget(measureId);
        events.publishEvent(new SuccessMeasureChanged(measureId));
        return measures.saveAndFlush(measure);
    }

    @Transactional
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN})
    public void deleteMeasure(long measureId) {
        measures.findById(measureId).ifPresent(measures::delete);
    }

    private static void stale(long actual, Long expected, Class<?> type, long id) {
        if (expected == null || actual != expected) {
            throw new ObjectOptimisticLockingFailureException(type, id);
        }
    }

    private static PlanDetails check(PlanDetails d) {
        String title = required(d.title(), "title", "Enter the plan's title, e.g. Review of Care Leavers EET", ActionPlan.TITLE_MAX_LENGTH);
        String officers = required(d.linkOfficers(), "linkOfficers", "Enter the link officer or officers", ActionPlan.OFFICERS_MAX_LENGTH);
        String committee = optional(d.committee(), "committee", ActionPlan.COMMITTEE_MAX_LENGTH);
        if (d.agreedOn() == null) {
            throw new FieldValidationException("agreedOn", "Enter the date the plan was agreed");
        }
        return new PlanDetails(title, committee, officers, d.agreedOn());
    }

    private static RecommendationDetails check(RecommendationDetails d) {
        if (d.number() == null || d.number() < 1) {
            throw new FieldValidationException("number", "Enter the recommendation's number, 1 or more");
        }
        String text = required(d.text(), "text", "Enter the recommendation as the plan words it", Recommendation.TEXT_MAX_LENGTH);
        List<String> actions = new ArrayList<>();
        for (String action : d.actions() == null ? List.<String>of() : d.actions()) {
            if (action != null && !action.isBlank()) {
                actions.add(action.trim());
            }
        }
        if (actions.isEmpty()) {
            throw new FieldValidationException("actions", "Enter at least one agreed action, one per line");
        }
        if (String.join("\n", actions).length() > Recommendation.ACTIONS_MAX_LENGTH) {
            throw new FieldValidationException("actions", "Use " + Recommendation.ACTIONS_MAX_LENGTH + " characters or fewer");
        }
        String responsibility = required(d.responsibility(), "responsibility",
                "Enter who is responsible: the council officers' names", Recommendation.RESPONSIBILITY_MAX_LENGTH);
        String dateText = optional(d.dateText(), "dateText", Recommendation.DATE_TEXT_MAX_LENGTH);
        return new RecommendationDetails(d.number(), text, actions, responsibility, dateText, d.dueOn());
    }

    static String required(String value, String field, String message, int max) {
        String text = optional(value, field, max);
        if (text == null) {
            throw new FieldValidationException(field, message);
        }
        return text;
    }

    static String optional(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.trim().length() > max) {
            throw new FieldValidationException(field, "Use " + max + " characters or fewer");
        }
        return value.trim();
    }

}
