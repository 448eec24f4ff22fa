package org.opendoors.strategy;

import org.opendoors.base.ui.Formats;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.opendoors.base.FieldValidationException;
import org.opendoors.security.AppRoles;
import org.opendoors.security.CurrentUser;
import org.opendoors.socialvalue.Grade;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Progress rounds: opened on a date with each recommendation's evidence pre-filled from its live measures as of that
 * date and a suggested grade; edited as a draft; published and then frozen. Saving any part of a round changes the
 * round's version, so two people editing one round cannot silently overwrite each other.
 */
@Service
public class ProgressService {

    private final ProgressRoundRepository rounds;
    private final ProgressEntryRepository entries;
    private final ActionPlanRepository plans;
    private final RecommendationRepository recommendations;
    private final SuccessMeasureRepository measures;
    private final LiveMeasures live;
    private final MeasureReadings measureReadings;
    private final CurrentUser currentUser;
    private final EntityManager entityManager;
    private final Clock clock;

    ProgressService(ProgressRoundRepository rounds, ProgressEntryRepository entries, ActionPlanRepository plans,
                    RecommendationRepository recommendations, SuccessMeasureRepository measures, LiveMeasures live,
                    MeasureReadings measureReadings, CurrentUser currentUser, EntityManager entityManager, Clock clock) {
        this.rounds = rounds;
        this.entries = entries;
        this.plans = plans;
        this.recommendations = recommendations;
        this.measures = measures;
        this.live = live;
        this.measureReadings = measureReadings;
        this.currentUser = currentUser;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN, AppRoles.ROLE_LEADERSHIP})
    public List<ProgressRound> rounds(long planId) {
        return rounds.findByPlanIdOrderByAsOfAscIdAsc(planId);
    }

    @Transactional(readOnly = true)
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN, AppRoles.ROLE_LEADERSHIP})
    public Optional<ProgressRound> round(long roundId) {
        return rounds.findById(roundId);
    }

    /** A round's entries by recommendation id. */
    @Transactional(readOnly = true)
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN, AppRoles.ROLE_LEADERSHIP})
    public Map<Long, ProgressEntry> entries(long roundId) {
        return entries.findByRoundId(roundId).stream().collect(Collectors.toMap(ProgressEntry::getRecommendationId, e -> e));
    }

    /** One recommendation's entries in every round, by round id (the recommendation page's assessments). */
    @Transactional(readOnly = true)
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN, AppRoles.ROLE_LEADERSHIP})
    public Map<Long, ProgressEntry> entriesOf(long recommendationId) {
        return entries.findByRecommendationId(recommendationId).stream().collect(Collectors.toMap(ProgressEntry::getRoundId, e -> e));
    }

    /**
     * Every plan's recommendations counted by their latest grade (as on the tracker: the grade of the latest round that
     * graded them, published or not), by plan id, in one statement; a plan without recommendations is absent.
     */
    @Transactional(readOnly = true)
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN, AppRoles.ROLE_LEADERSHIP})
    public Map<Long, PlanGrades> gradesByPlan() {
        Map<Long, Map<Grade, Integer>> graded = new HashMap<>();
        Map<Long, Integer> notGraded = new HashMap<>();
        for (Object[] row : entries.latestGradeCounts()) {
            long planId = ((Number) row[0]).longValue();
            int count = ((Number) row[2]).intValue();
            graded.computeIfAbsent(planId, id -> new EnumMap<>(Grade.class));
            if (row[1] == null) {
                notGraded.put(planId, count);
            } else {
                graded.get(planId).put(Grade.of(((Number) row[1]).intValue()), count);
            }
        }
        Map<Long, PlanGrades> byPlan = new HashMap<>();
        graded.forEach((planId, grades) -> byPlan.put(planId, new PlanGrades(grades, notGraded.getOrDefault(planId, 0))));
        return byPlan;
    }

    /** A plan's recommendations by latest grade, and how many no round has graded yet. */
    public record PlanGrades(Map<Grade, Integer> byGrade, int notGraded) {

        public static final PlanGrades NONE = new PlanGrades(Map.of(), 0);

        public int count(Grade grade) {
            return byGrade.getOrDefault(grade, 0);
        }
    }

    /**
     * The tracker: every recommendation of a plan with its grade in each round (oldest first), its latest grade and its
     * measures as last read against their next milestones: two statements (the recommendations with their measures and
     * stored readings; the grades), plus a live read of any measure whose reading is missing or of an earlier version.
     */
    @Transactional(readOnly = true)
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN, AppRoles.ROLE_LEADERSHIP})
    public List<TrackerRow> tracker(long planId) {
        Map<Long, List<TrackerRow.GradeMark>> history = new HashMap<>();
        for (Object[] mark : entries.gradeMarks(planId)) {
            history.computeIfAbsent((Long) mark[0], id -> new ArrayList<>()).add(new TrackerRow.GradeMark((String) mark[1],
                    Grade.of((Integer) mark[2]), mark[3] == RoundStatus.PUBLISHED));
        }
        Map<Long, Recommendation> inOrder = new LinkedHashMap<>();
        Map<Long, List<SuccessMeasure>> measuresOf = new HashMap<>();
        Map<Long, StoredReading> stored = new HashMap<>();
        for (Object[] row : recommendations.withMeasuresAndReadings(planId)) {
            Recommendation recommendation = (Recommendation) row[0];
            inOrder.putIfAbsent(recommendation.getId(), recommendation);
            List<SuccessMeasure> list = measuresOf.computeIfAbsent(recommendation.getId(), id -> new ArrayList<>());
            if (row[1] instanceof SuccessMeasure measure) {
                list.add(measure);
                if (row[2] instanceof StoredReading reading) {
                    stored.put(measure.getId(), reading);
                }
            }
        }
        List<TrackerRow> rows = new ArrayList<>();
        inOrder.forEach((id, r) -> {
            MeasuresNow now = measureReadings.now(measuresOf.get(id), stored);
            rows.add(new TrackerRow(r, history.getOrDefault(r.getId(), List.of()), now.readings(), now.readAt()));
        });
        return rows;
    }

    @Transactional
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN})
    public ProgressRound openRound(long planId, String label, LocalDate asOf) {
        ActionPlan plan = plans.findById(planId).orElseThrow(() -> new FieldValidationException("", "This plan does not exist"));
        String checkedLabel = ActionPlanService.required(label, "label", "Name the round, e.g. September 2022",
                ProgressRound.LABEL_MAX_LENGTH);
        if (asOf == null) {
            throw new FieldValidationException("asOf", "Enter the date the round reports up to");
        }
        if (asOf.isAfter(LocalDate.now(clock))) {
            throw new FieldValidationException("asOf", "A round reports on what has happened: choose today or an earlier date");
        }
        if (asOf.isBefore(plan.getAgreedOn())) {
            throw new FieldValidationException("asOf", "A round cannot be before the plan was agreed ("
                    + Formats.longDate(plan.getAgreedOn()) + ")");
        }
        ProgressRound round = rounds.save(new ProgressRound(planId, checkedLabel, asOf));
        for (Recommendation r : recommendations.findByPlanIdOrderByNumber(planId)) {
            ProgressEntry entry = new ProgressEntry(round.getId(), r.getId());
            List<MeasureReading> readings = read(r.getId(), asOf);
            entry.measured(figures(readings, asOf), LiveMeasures.suggestion(readings));
            String prefilled = readings.stream().anyMatch(MeasureReading::live) ? figures(readings, asOf) : null;
            entry.fill(prefilled, null, null, null);
            entries.save(entry);
        }
        return round;
    }

    /** Saves what was typed for each recommendation; a grade other than the suggestion needs an explanation. */
    @Transactional
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN})
    public ProgressRound save(long roundId, long expectedVersion, Map<Long, EntryInput> inputs) {
        ProgressRound round = editable(roundId, expectedVersion);
        fill(round, inputs);
        entityManager.lock(round, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        entityManager.flush();
        return round;
    }

    private void fill(ProgressRound round, Map<Long, EntryInput> inputs) {
        long roundId = round.getId();
        Map<Long, ProgressEntry> byRecommendation = entries(roundId);
        for (Map.Entry<Long, EntryInput> input : inputs.entrySet()) {
            ProgressEntry entry = byRecommendation.get(input.getKey());
            if (entry == null) {
                continue;
            }
            EntryInput in = input.getValue();
            long id = input.getKey();
            String evidence = ActionPlanService.optional(in.evidenceOfProgress(), "progress-" + id, ProgressEntry.TEXT_MAX_LENGTH);
            String explanation = ActionPlanService.optional(in.explanation(), "explanation-" + id, ProgressEntry.TEXT_MAX_LENGTH);
            String impact = ActionPlanService.optional(in.evidenceOfImpact(), "impact-" + id, ProgressEntry.TEXT_MAX_LENGTH);
            if (in.grade() != null && entry.getSuggestedGrade() != null && in.grade() != entry.getSuggestedGrade() && explanation == null) {
                throw new FieldValidationException("explanation-" + id, "You gave " + in.grade().label() + " but the measures suggest "
                        + entry.getSuggestedGrade().label() + ": explain why");
            }
            entry.fill(evidence, in.grade(), explanation, impact);
        }
    }

    /** Saves what was typed, then reads the live measures again as of the round's date (the typed evidence stays). */
    @Transactional
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN})
    public ProgressRound refreshFigures(long roundId, long expectedVersion, Map<Long, EntryInput> inputs) {
        ProgressRound round = editable(roundId, expectedVersion);
        fill(round, inputs);
        remeasure(round);
        entityManager.lock(round, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        entityManager.flush();
        return round;
    }

    /**
     * Saves what was typed and publishes the round: every recommendation needs evidence of progress and a grade; the
     * figures are read a last time and then frozen with the text and grades.
     */
    @Transactional
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN})
    public ProgressRound publish(long roundId, long expectedVersion, Map<Long, EntryInput> inputs) {
        ProgressRound round = editable(roundId, expectedVersion);
        fill(round, inputs);
        entityManager.flush();
        Map<Long, ProgressEntry> byRecommendation = entries(roundId);
        for (Recommendation r : recommendations.findByPlanIdOrderByNumber(round.getPlanId())) {
            ProgressEntry e = byRecommendation.get(r.getId());
            if (e == null) {
                throw new FieldValidationException("", "Recommendation " + r.getNumber() + " was added after this round was opened: "
                        + "open a new round to include it");
            }
            if (e.getEvidenceOfProgress() == null) {
                throw new FieldValidationException("progress-" + r.getId(), "Enter the evidence of progress for recommendation "
                        + r.getNumber() + " before publishing");
            }
            if (e.getGrade() == null) {
                throw new FieldValidationException("grade-" + r.getId(), "Give recommendation " + r.getNumber() + " a grade before publishing");
            }
        }
        remeasure(round);
        round.publish(clock.instant(), currentUser.get().map(u -> u.getUsername()).orElse("system"));
        return rounds.saveAndFlush(round);
    }

    private void remeasure(ProgressRound round) {
        for (ProgressEntry entry : entries.findByRoundId(round.getId())) {
            List<MeasureReading> readings = read(entry.getRecommendationId(), round.getAsOf());
            entry.measured(figures(readings, round.getAsOf()), LiveMeasures.suggestion(readings));
        }
    }

    private ProgressRound editable(long roundId, long expectedVersion) {
        ProgressRound round = rounds.findById(roundId).orElseThrow(() -> new FieldValidationException("", "This round does not exist"));
        if (round.isPublished()) {
            throw new FieldValidationException("", "The " + round.getLabel() + " round is published and cannot be changed");
        }
        if (round.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(ProgressRound.class, roundId);
        }
        return round;
    }

    private List<MeasureReading> read(long recommendationId, LocalDate asOf) {
        return measures.withMilestones(List.of(recommendationId)).stream().filter(SuccessMeasure::isLive)
                .map(m -> live.read(m, asOf)).toList();
    }

    /** "As of 9 July 2024, measured from Open Doors: …", one line per live measure, or null when there are none. */
    static String figures(List<MeasureReading> readings, LocalDate asOf) {
        List<String> lines = readings.stream().filter(MeasureReading::live).map(MeasureReading::line).toList();
        if (lines.isEmpty()) {
            return null;
        }
        return "As of " + Formats.longDate(asOf) + ", measured from Open Doors: " + String.join(" ", lines);
    }

    /** What the update form sends for one recommendation. */
    public record EntryInput(String evidenceOfProgress, Grade grade, String explanation, String evidenceOfImpact) {
    }
}
