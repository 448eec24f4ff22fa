package org.opendoors.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opendoors.SpringTest;
import org.opendoors.TestStatements;
import org.opendoors.base.SystemTask;
import org.opendoors.base.figures.OrganisationKind;
import org.opendoors.socialvalue.Grade;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Stored readings of live measures: the job stores what a live read gives, a changed measure is read again once the
 * change commits (and its old reading is never shown), and the tracker reads them in two statements.
 */
class MeasureReadingTest extends SpringTest {

    @Autowired
    TestPlans testPlans;

    @Autowired
    ActionPlanService plans;

    @Autowired
    ProgressService progress;

    @Autowired
    MeasureReadingRefresh job;

    @Autowired
    TestStatements statements;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_job_stores_what_a_live_read_gives_and_the_tracker_shows_the_stored_reading_until_then() {
        TestPlans.World world = testPlans.world(false, "North", "South");
        testPlans.placement(world, 0, "Apprenticeship", LocalDate.of(2022, 3, 1));
        Recommendation r = testPlans.planWithRecommendation("Readings " + world.suffix());
        SuccessMeasure measure = testPlans.apprenticeships(r.getId(), world, 2, OrganisationKind.ANY);
        listeners.awaitAll();
        assertThat(storedValue(measure.getId())).isEqualByComparingTo("1");

        testPlans.placement(world, 1, "Apprenticeship", LocalDate.of(2022, 4, 1));
        assertThat(trackerReading(r).figure().value()).as("the reading stored, not a live count").isEqualByComparingTo("1");

        clock.travel(Duration.ofMinutes(15));
        job.refreshAll();
        MeasureReading live = SystemTask.run(() -> plans.readings(r.getId(), LocalDate.now(clock))).getFirst();
        MeasureReading stored = trackerReading(r);
        assertThat(stored.figure().value()).isEqualByComparingTo(live.figure().value()).isEqualByComparingTo("2");
        assertThat(stored.figure().areas()).isEqualTo(live.figure().areas()).isEqualTo(2);
        assertThat(stored.line()).isEqualTo(live.line());
        assertThat(stored.suggested()).isEqualTo(live.suggested()).isEqualTo(Grade.NOT_ACHIEVED);
        assertThat(stored.asOf()).isEqualTo(LocalDate.now(clock));
        assertThat(SystemTask.run(() -> progress.tracker(r.getPlanId())).getFirst().measuredAt())
                .isEqualTo(clock.instant().truncatedTo(ChronoUnit.MICROS));
    }

    @Test
    void a_changed_measure_is_read_again_once_the_change_commits_and_its_old_reading_is_never_shown() {
        TestPlans.World world = testPlans.world(false, "North");
        testPlans.placement(world, 0, "Apprenticeship", LocalDate.of(2022, 3, 1));
        testPlans.placement(world, 0, "Work trial", LocalDate.of(2022, 3, 2));
        testPlans.placement(world, 0, "Work trial", LocalDate.of(2022, 3, 3));
        Recommendation r = testPlans.planWithRecommendation("Changed " + world.suffix());
        SuccessMeasure measure = testPlans.apprenticeships(r.getId(), world, null, OrganisationKind.ANY);
        listeners.awaitAll();
        assertThat(storedValue(measure.getId())).isEqualByComparingTo("1");

        SuccessMeasure changed = SystemTask.run(() -> plans.saveMeasure(r.getId(), measure.getId(), measure.getVersion(),
                new MeasureDetails("Work trials", "placements.started", null, world.sector(), "Work trial", OrganisationKind.ANY,
                        LocalDate.of(2021, 9, 1), BigDecimal.ZERO, null, measure.details().milestones())));
        assertThat(jdbc.queryForObject("select count(*) from measure_reading where measure_id = ? and measure_version < ?",
                Integer.class, measure.getId(), changed.getVersion())).as("the old reading").isZero();
        listeners.awaitAll();
        assertThat(storedValue(measure.getId())).isEqualByComparingTo("2");
        assertThat(jdbc.queryForObject("select measure_version from measure_reading where measure_id = ?", Long.class,
                measure.getId())).isEqualTo(changed.getVersion());
        assertThat(trackerReading(r).figure().value()).isEqualByComparingTo("2");
    }

    @Test
    void the_tracker_reads_a_plans_recommendations_grades_and_readings_in_two_statements() {
        TestPlans.World world = testPlans.world(true, "North");
        testPlans.placement(world, 0, "Apprenticeship", LocalDate.of(2022, 3, 1));
        Recommendation first = testPlans.planWithRecommendation("Statements " + world.suffix());
        long planId = first.getPlanId();
        testPlans.apprenticeships(first.getId(), world, null, OrganisationKind.ANY);
        Recommendation second = SystemTask.run(() -> plans.saveRecommendation(planId, null, null,
                new RecommendationDetails(8, "Second", List.of("Act"), "Jo Bloggs", null, null)));
        testPlans.apprenticeships(second.getId(), world, null, OrganisationKind.OWN);
        SystemTask.run(() -> plans.saveMeasure(second.getId(), null, null, new MeasureDetails("In words", null, null, null, null,
                null, null, null, null, List.of())));
        SystemTask.run(() -> plans.saveRecommendation(planId, null, null,
                new RecommendationDetails(9, "Third, without measures", List.of("Act"), "Jo Bloggs", null, null)));
        for (String label : List.of("Spring", "Autumn")) {
            ProgressRound round = SystemTask.run(() -> progress.openRound(planId, label, LocalDate.of(2022, label.equals("Spring") ? 3 : 9, 30)));
            SystemTask.run(() -> progress.save(round.getId(), round.getVersion(), Map.of(first.getId(),
                    new ProgressService.EntryInput("Evidence", Grade.ON_TRACK, "A third starts soon", null))));
        }
        listeners.awaitAll();

        assertThat(statements.count(() -> SystemTask.run(() -> progress.tracker(planId)))).isEqualTo(2);
        List<TrackerRow> rows = SystemTask.run(() -> progress.tracker(planId));
        assertThat(rows).extracting(row -> row.recommendation().getNumber()).containsExactly(7, 8, 9);
        assertThat(rows.getFirst().historyText()).isEqualTo(Grade.ON_TRACK.number() + " → " + Grade.ON_TRACK.number());
        assertThat(rows.get(1).readings()).extracting(MeasureReading::live).containsExactly(true, false);
        assertThat(rows.get(2).measuredAt()).isNull();

        // with a reading missing, the tracker reads that measure live and stores it: the next view is back to two
        jdbc.update("delete from measure_reading where measure_id in (select id from success_measure where recommendation_id = ?)",
                second.getId());
        assertThat(statements.count(() -> SystemTask.run(() -> progress.tracker(planId)))).isGreaterThan(2);
        assertThat(statements.count(() -> SystemTask.run(() -> progress.tracker(planId)))).isEqualTo(2);
    }

    @Test
    void a_view_that_finds_no_chart_of_the_day_counts_it_and_stores_it_for_the_others() {
        TestPlans.World world = testPlans.world(false, "North");
        testPlans.placement(world, 0, "Apprenticeship", LocalDate.of(2022, 3, 1));
        testPlans.placement(world, 0, "Work trial", LocalDate.of(2022, 3, 2));
        Recommendation r = testPlans.planWithRecommendation("Charts " + world.suffix());
        SuccessMeasure measure = testPlans.apprenticeships(r.getId(), world, null, OrganisationKind.ANY);
        listeners.awaitAll();
        jdbc.update("delete from measure_month_end where measure_id = ?", measure.getId()); // as before the job's first run
        MeasureChart counted = charts(r).get(measure.getId());
        assertThat(counted.measured()).isNotEmpty();
        assertThat(jdbc.queryForObject("select count(*) from measure_month_end where measure_id = ? and read_on = ?",
                Integer.class, measure.getId(), LocalDate.now(clock))).isPositive();

        jdbc.update("update measure_month_end set figure_value = 999 where measure_id = ?", measure.getId());
        assertThat(showsMarked(charts(r).get(measure.getId()))).as("the day's other views read the stored points").isTrue();

        clock.travel(Duration.ofDays(1));
        assertThat(showsMarked(charts(r).get(measure.getId()))).as("counted again the next day").isFalse();

        jdbc.update("update measure_month_end set figure_value = 999 where measure_id = ?", measure.getId());
        SuccessMeasure changed = SystemTask.run(() -> plans.saveMeasure(r.getId(), measure.getId(), measure.getVersion(),
                new MeasureDetails("Work trials", "placements.started", null, world.sector(), "Work trial", OrganisationKind.ANY,
                        LocalDate.of(2021, 9, 1), BigDecimal.ZERO, null, measure.details().milestones())));
        assertThat(showsMarked(charts(r).get(changed.getId()))).as("counted again once the measure changes").isFalse();
    }

    @Test
    void the_job_counts_each_live_measures_chart_once_a_day_and_a_change_counts_it_again() {
        TestPlans.World world = testPlans.world(false, "North");
        testPlans.placement(world, 0, "Apprenticeship", LocalDate.of(2022, 3, 1));
        Recommendation r = testPlans.planWithRecommendation("Daily charts " + world.suffix());
        SuccessMeasure measure = testPlans.apprenticeships(r.getId(), world, null, OrganisationKind.ANY);
        listeners.awaitAll();
        assertThat(chartPointsOn(measure.getId(), LocalDate.now(clock))).as("counted once the measure was saved").isPositive();

        jdbc.update("update measure_month_end set figure_value = 999 where measure_id = ?", measure.getId());
        job.refreshAll();
        assertThat(showsMarked(charts(r).get(measure.getId()))).as("not counted again the same day").isTrue();

        clock.travel(Duration.ofDays(1));
        job.refreshAll();
        assertThat(chartPointsOn(measure.getId(), LocalDate.now(clock))).as("counted by the next day's run").isPositive();
        assertThat(showsMarked(charts(r).get(measure.getId()))).isFalse();
    }

    private int chartPointsOn(long measureId, LocalDate day) {
        return jdbc.queryForObject("select count(*) from measure_month_end where measure_id = ? and read_on = ?", Integer.class,
                measureId, day);
    }

    private Map<Long, MeasureChart> charts(Recommendation r) {
        return SystemTask.run(() -> plans.charts(r.getId()));
    }

    private static boolean showsMarked(MeasureChart chart) {
        return chart.measured().stream().anyMatch(v -> v != null && v.compareTo(BigDecimal.valueOf(999)) == 0);
    }

    private MeasureReading trackerReading(Recommendation r) {
        return SystemTask.run(() -> progress.tracker(r.getPlanId())).getFirst().readings().getFirst();
    }

    private BigDecimal storedValue(long measureId) {
        return jdbc.queryForObject("select figure_value from measure_reading where measure_id = ?", BigDecimal.class, measureId);
    }
}
