package org.opendoors.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opendoors.SpringTest;
import org.opendoors.base.SystemTask;
import org.opendoors.socialvalue.Grade;
import org.springframework.beans.factory.annotation.Autowired;

/** The leadership home's count of a plan's recommendations by latest grade, and a recommendation's entries across rounds. */
class PlanGradesTest extends SpringTest {

    @Autowired
    TestPlans testPlans;

    @Autowired
    ActionPlanService plans;

    @Autowired
    ProgressService progress;

    @Test
    void each_recommendation_counts_once_at_the_grade_of_the_latest_round_that_graded_it() {
        Recommendation first = testPlans.planWithRecommendation("Grades " + System.nanoTime());
        long planId = first.getPlanId();
        Recommendation second = recommendation(planId, 8);
        Recommendation third = recommendation(planId, 9);
        ProgressRound spring = round(planId, "Spring", LocalDate.of(2022, 3, 31),
                Map.of(first.getId(), Grade.SLIPPED, second.getId(), Grade.ON_TRACK));
        // the later round grades only the first: the second keeps its earlier grade, the third was never graded
        ProgressRound autumn = round(planId, "Autumn", LocalDate.of(2022, 9, 30), Map.of(first.getId(), Grade.FULLY_ACHIEVED));

        ProgressService.PlanGrades grades = SystemTask.run(() -> progress.gradesByPlan()).get(planId);
        assertThat(grades.byGrade()).isEqualTo(Map.of(Grade.FULLY_ACHIEVED, 1, Grade.ON_TRACK, 1));
        assertThat(grades.notGraded()).isEqualTo(1);
        assertThat(grades.count(Grade.SLIPPED)).isZero();
        // the tracker agrees
        assertThat(SystemTask.run(() -> progress.tracker(planId)).stream().map(TrackerRow::latest).toList())
                .containsExactly(Grade.FULLY_ACHIEVED, Grade.ON_TRACK, null);

        Map<Long, ProgressEntry> ofFirst = SystemTask.run(() -> progress.entriesOf(first.getId()));
        assertThat(ofFirst).containsOnlyKeys(spring.getId(), autumn.getId());
        assertThat(ofFirst.get(spring.getId()).getGrade()).isEqualTo(Grade.SLIPPED);
        assertThat(ofFirst.get(autumn.getId()).getGrade()).isEqualTo(Grade.FULLY_ACHIEVED);
    }

    private Recommendation recommendation(long planId, int number) {
        return SystemTask.run(() -> plans.saveRecommendation(planId, null, null, new RecommendationDetails(number,
                "Recommendation " + number, List.of("Act"), "Jo Bloggs", null, null)));
    }

    private ProgressRound round(long planId, String label, LocalDate asOf, Map<Long, Grade> grades) {
        return SystemTask.run(() -> {
            ProgressRound round = progress.openRound(planId, label, asOf);
            Map<Long, ProgressService.EntryInput> inputs = new java.util.HashMap<>();
            grades.forEach((id, grade) -> inputs.put(id, new ProgressService.EntryInput("Evidence", grade, null, null)));
            return progress.save(round.getId(), round.getVersion(), inputs);
        });
    }
}
