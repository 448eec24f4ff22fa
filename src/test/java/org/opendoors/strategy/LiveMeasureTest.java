package org.opendoors.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opendoors.SpringTest;
import org.opendoors.base.FieldValidationException;
import org.opendoors.base.SystemTask;
import org.opendoors.base.figures.OrganisationKind;
import org.opendoors.security.Role;
import org.opendoors.security.TestUsers;
import org.opendoors.socialvalue.Grade;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Live success measures against figures counted by hand from records made here, the breadth condition, the suggested
 * grade in a round, the override that needs a reason, freezing on publish, optimistic locking and who may do what.
 */
class LiveMeasureTest extends SpringTest {

    @Autowired
    TestPlans testPlans;

    @Autowired
    ActionPlanService plans;

    @Autowired
    ProgressService progress;

    @Autowired
    TestUsers users;

    /**
     * Four organisations in areas North, South, East (the first the council's own) and West; apprenticeships started
     * 1 Mar 2022 (North), 1 Apr 2022 (South), 1 Jun 2022 (North), 1 Jan 2023 (East); a work trial 1 Feb 2022 (West)
     * and an apprenticeship before the plan, 1 Aug 2021 (West).
     */
    private TestPlans.World seeded() {
        TestPlans.World world = testPlans.world(true, "North", "South", "East", "West");
        testPlans.placement(world, 0, "Apprenticeship", LocalDate.of(2022, 3, 1));
        testPlans.placement(world, 1, "Apprenticeship", LocalDate.of(2022, 4, 1));
        testPlans.placement(world, 0, "Apprenticeship", LocalDate.of(2022, 6, 1));
        testPlans.placement(world, 2, "Apprenticeship", LocalDate.of(2023, 1, 1));
        testPlans.placement(world, 3, "Work trial", LocalDate.of(2022, 2, 1));
        testPlans.placement(world, 3, "Apprenticeship", LocalDate.of(2021, 8, 1));
        return world;
    }

    @Test
    void a_live_measure_counts_the_records_that_match_its_filters_up_to_the_date() {
        TestPlans.World world = seeded();
        Recommendation r = testPlans.planWithRecommendation("Live count " + world.suffix());
        SuccessMeasure any = testPlans.apprenticeships(r.getId(), world, 3, OrganisationKind.ANY);
        SuccessMeasure external = testPlans.apprenticeships(r.getId(), world, null, OrganisationKind.EXTERNAL);
        Map<Long, MeasureReading> on30April2022 = readings(r, LocalDate.of(2022, 4, 30));
        // by hand: North 1 Mar, South 1 Apr (the West one of Aug 2021 is before counting starts; the work trial is another type)
        assertThat(on30April2022.get(any.getId()).figure().value()).isEqualByComparingTo("2");
        assertThat(on30April2022.get(any.getId()).figure().areas()).isEqualTo(2);
        Map<Long, MeasureReading> on30April2023 = readings(r, LocalDate.of(2023, 4, 30));
        assertThat(on30April2023.get(any.getId()).figure().value()).isEqualByComparingTo("4");
        assertThat(on30April2023.get(any.getId()).figure().areas()).isEqualTo(3);
        // North is the council's own: external ones are South and East only
        assertThat(on30April2023.get(external.getId()).figure().value()).isEqualByComparingTo("2");
        assertThat(on30April2023.get(any.getId()).line()).contains("4 placements, across 3 areas");
    }

    @Test
    void the_suggested_grade_follows_the_milestones_and_the_breadth_condition() {
        TestPlans.World world = seeded();
        Recommendation r = testPlans.planWithRecommendation("Grades " + world.suffix());
        SuccessMeasure measure = testPlans.apprenticeships(r.getId(), world, 3, OrganisationKind.ANY);
        // 1 Apr 2022: 2 of a pro-rata 2.6 (1 Sep 2021 → 3 by 30 Apr 2022), 90% of that is 2.34 → slipped
        assertThat(readings(r, LocalDate.of(2022, 4, 1)).get(measure.getId()).suggested()).isEqualTo(Grade.SLIPPED);
        // 30 Apr 2022 passed with 2 of 3 → not achieved from then on
        assertThat(readings(r, LocalDate.of(2022, 5, 1)).get(measure.getId()).suggested()).isEqualTo(Grade.NOT_ACHIEVED);
    }

    @Test
    void a_round_is_prefilled_suggests_a_grade_needs_a_reason_to_differ_and_is_frozen_once_published() {
        TestPlans.World world = seeded();
        Recommendation r = testPlans.planWithRecommendation("Round " + world.suffix());
        testPlans.apprenticeships(r.getId(), world, 3, OrganisationKind.ANY);
        String engagement = users.create(Role.ENGAGEMENT);
        ProgressRound round = as(engagement, () -> progress.openRound(r.getPlanId(), "February 2022",
                LocalDate.of(2022, 2, 28)));
        ProgressEntry entry = SystemTask.run(() -> progress.entries(round.getId())).get(r.getId());
        assertThat(entry.getEvidenceOfProgress()).startsWith("As of 28 February 2022, measured from Open Doors:")
                .contains("0 placements, across 0 areas").contains("next milestone 3 by 30 April 2022 across at least 3 areas");
        assertThat(entry.getSuggestedGrade()).isEqualTo(Grade.SLIPPED);

        assertThatThrownBy(() -> as(engagement, () -> progress.save(round.getId(), round.getVersion(),
                Map.of(r.getId(), new ProgressService.EntryInput("Two apprentices recruited", Grade.ON_TRACK, " ", "A new team")))))
                .isInstanceOf(FieldValidationException.class).hasMessageContaining("explain why")
                .extracting(e -> ((FieldValidationException) e).field()).isEqualTo("explanation-" + r.getId());
        ProgressRound saved = as(engagement, () -> progress.save(round.getId(), round.getVersion(),
                Map.of(r.getId(), new ProgressService.EntryInput("Two apprentices recruited", Grade.ON_TRACK,
                        "Two more start in March", "A new team"))));
        assertThat(saved.getVersion()).isGreaterThan(round.getVersion());
        // a colleague who loaded the round before that save is refused, not silently overwritten
        assertThatThrownBy(() -> as(engagement, () -> progress.save(round.getId(), round.getVersion(),
                Map.of(r.getId(), new ProgressService.EntryInput("Other words", Grade.SLIPPED, null, null)))))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);

        ProgressRound published = as(engagement, () -> progress.publish(round.getId(), saved.getVersion(), Map.of()));
        assertThat(published.isPublished()).isTrue();
        String frozenFigures = SystemTask.run(() -> progress.entries(round.getId())).get(r.getId()).getFigures();
        // a placement recorded later, backdated into the round's period, changes the live figure but not the published round
        testPlans.placement(world, 1, "Apprenticeship", LocalDate.of(2022, 1, 15));
        ProgressEntry after = SystemTask.run(() -> progress.entries(round.getId())).get(r.getId());
        assertThat(after.getFigures()).isEqualTo(frozenFigures);
        assertThat(after.getGrade()).isEqualTo(Grade.ON_TRACK);
        assertThat(after.getExplanation()).isEqualTo("Two more start in March");
        assertThatThrownBy(() -> as(engagement, () -> progress.save(round.getId(), published.getVersion(),
                Map.of(r.getId(), new ProgressService.EntryInput("Changed", Grade.ON_TRACK, "x", null)))))
                .isInstanceOf(FieldValidationException.class).hasMessageContaining("published and cannot be changed");
        assertThat(readings(r, LocalDate.of(2022, 2, 28)).values().iterator().next().figure().value()).isEqualByComparingTo("1");
    }

    @Test
    void bad_measures_are_refused_with_the_field_to_fix() {
        TestPlans.World world = seeded();
        Recommendation r = testPlans.planWithRecommendation("Bad input " + world.suffix());
        LocalDate from = LocalDate.of(2021, 9, 1);
        MeasureDetails.Target april22 = new MeasureDetails.Target(LocalDate.of(2022, 4, 30), BigDecimal.ONE);
        MeasureDetails.Target april23 = new MeasureDetails.Target(LocalDate.of(2023, 4, 30), BigDecimal.TEN);
        assertRefused(r, new MeasureDetails("x", "placements.started", null, world.sector(), null, OrganisationKind.ANY, from, null,
                null, List.of(april23, april22)), "milestoneDate-1", "date order");
        assertRefused(r, new MeasureDetails("x", "placements.started", null, world.sector(), null, OrganisationKind.ANY, from, null,
                null, List.of(new MeasureDetails.Target(null, BigDecimal.ONE))), "milestoneDate-0", "date this target is due");
        assertRefused(r, new MeasureDetails("x", "placements.started", "North " + world.suffix(), null, null, OrganisationKind.ANY,
                from, null, 4, List.of(april22)), "minAreas", "remove the area filter");
        assertRefused(r, new MeasureDetails("x", "events.held", null, null, null, OrganisationKind.ANY, from, null, 2, List.of(april22)),
                "minAreas", "not recorded by area");
        assertRefused(r, new MeasureDetails("x", "placements.started", null, world.sector(), "Internship", OrganisationKind.ANY, from,
                null, null, List.of(april22)), "type", "No records in Open Doors match these filters");
        assertRefused(r, new MeasureDetails(" ", null, null, null, null, null, null, null, null, List.of()), "description", "Describe");
    }

    @Test
    void leadership_reads_but_changes_nothing_and_employers_and_advisers_see_nothing() {
        Recommendation r = testPlans.planWithRecommendation("Access " + System.nanoTime());
        String leadership = users.create(Role.LEADERSHIP);
        assertThat(as(leadership, () -> plans.recommendations(r.getPlanId()))).hasSize(1);
        assertThatThrownBy(() -> as(leadership, () -> plans.savePlan(null, null,
                new PlanDetails("Mine", null, "Me", LocalDate.of(2024, 1, 1))))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(leadership, () -> progress.openRound(r.getPlanId(), "Now",
                LocalDate.of(2024, 1, 1)))).isInstanceOf(AccessDeniedException.class);
        String adviser = users.create(Role.ADVISER);
        assertThatThrownBy(() -> as(adviser, () -> plans.plans())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(adviser, () -> progress.tracker(r.getPlanId())))
                .isInstanceOf(AccessDeniedException.class);
    }

    private <T> T as(String email, java.util.function.Supplier<T> work) {
        return SystemTask.run(() -> users.service().runAs(email, work));
    }

    private void assertRefused(Recommendation r, MeasureDetails details, String field, String message) {
        assertThatThrownBy(() -> SystemTask.run(() -> plans.saveMeasure(r.getId(), null, null, details)))
                .isInstanceOf(FieldValidationException.class).hasMessageContaining(message)
                .extracting(e -> ((FieldValidationException) e).field()).isEqualTo(field);
    }

    private Map<Long, MeasureReading> readings(Recommendation r, LocalDate asOf) {
        return SystemTask.run(() -> plans.readings(r.getId(), asOf)).stream()
                .collect(java.util.stream.Collectors.toMap(MeasureReading::measureId, m -> m));
    }
}
