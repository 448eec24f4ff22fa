package org.opendoors.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.opendoors.base.figures.Figure;
import org.opendoors.socialvalue.Grade;

/** The suggested grade: every milestone met → 1; on course pro rata ≥ 90% → 2; below → 3; a milestone missed → 4. */
class GradeRuleTest {

    static final LocalDate FROM = LocalDate.of(2021, 9, 1);
    static final List<MeasureDetails.Target> THREE_THEN_FIVE = List.of(
            new MeasureDetails.Target(LocalDate.of(2022, 4, 30), new BigDecimal("3")),
            new MeasureDetails.Target(LocalDate.of(2023, 4, 30), new BigDecimal("5")));

    /** Figures that step up on the dates given: date → (value, areas). */
    private static Grade grade(LocalDate asOf, Integer minAreas, Object... steps) {
        NavigableMap<LocalDate, Figure> figures = new TreeMap<>();
        for (int i = 0; i < steps.length; i += 3) {
            figures.put((LocalDate) steps[i], new Figure(new BigDecimal((int) steps[i + 1]), (int) steps[i + 2]));
        }
        return GradeRule.suggest(THREE_THEN_FIVE, BigDecimal.ZERO, FROM, minAreas, asOf, date -> {
            var entry = figures.floorEntry(date);
            return entry == null ? Figure.NONE : entry.getValue();
        });
    }

    @Test
    void every_milestone_met_is_fully_achieved() {
        assertThat(grade(LocalDate.of(2023, 6, 1), null, LocalDate.of(2022, 1, 1), 3, 1, LocalDate.of(2023, 1, 1), 5, 2))
                .isEqualTo(Grade.FULLY_ACHIEVED);
    }

    @Test
    void reaching_the_last_target_early_is_fully_achieved() {
        assertThat(grade(LocalDate.of(2022, 2, 1), null, LocalDate.of(2022, 1, 1), 5, 1)).isEqualTo(Grade.FULLY_ACHIEVED);
    }

    @Test
    void at_least_ninety_percent_of_the_pro_rata_figure_is_on_track() {
        // 1 Sep 2021 → 30 Apr 2022 is 241 days to reach 3; on 1 Feb 2022 (153 days) pro rata is 1.90, 90% of it 1.71
        assertThat(grade(LocalDate.of(2022, 2, 1), null, LocalDate.of(2021, 12, 1), 2, 1)).isEqualTo(Grade.ON_TRACK);
    }

    @Test
    void below_ninety_percent_of_the_pro_rata_figure_has_slipped() {
        assertThat(grade(LocalDate.of(2022, 2, 1), null, LocalDate.of(2021, 12, 1), 1, 1)).isEqualTo(Grade.SLIPPED);
    }

    @Test
    void a_milestone_passed_and_missed_is_not_achieved_even_if_caught_up_later() {
        assertThat(grade(LocalDate.of(2022, 9, 1), null, LocalDate.of(2022, 1, 1), 2, 1, LocalDate.of(2022, 6, 1), 4, 2))
                .isEqualTo(Grade.NOT_ACHIEVED);
    }

    @Test
    void the_breadth_condition_counts_a_milestone_in_too_few_areas_as_missed() {
        assertThat(grade(LocalDate.of(2022, 9, 1), 4, LocalDate.of(2022, 1, 1), 4, 2)).isEqualTo(Grade.NOT_ACHIEVED);
        assertThat(grade(LocalDate.of(2022, 9, 1), 2, LocalDate.of(2022, 1, 1), 4, 2)).isEqualTo(Grade.ON_TRACK);
    }

    @Test
    void a_measure_without_milestones_suggests_nothing() {
        assertThat(GradeRule.suggest(List.of(), null, FROM, null, LocalDate.of(2022, 1, 1), d -> Figure.NONE)).isNull();
    }
}
