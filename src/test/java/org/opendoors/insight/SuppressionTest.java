package org.opendoors.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Counts of young people under 5 are suppressed, and a shown total never gives a suppressed part away. */
class SuppressionTest {

    @Test
    void four_shows_as_fewer_than_5_and_five_shows_as_itself() {
        assertThat(Suppression.total(4)).isEqualTo("fewer than 5");
        assertThat(Suppression.total(1)).isEqualTo("fewer than 5");
        assertThat(Suppression.total(5)).isEqualTo("5");
        assertThat(Suppression.total(0)).isEqualTo("0");
    }

    @Test
    void a_single_suppressed_part_takes_the_next_smallest_part_with_it_so_the_total_does_not_give_it_away() {
        // total 26 is shown; were 10 and 12 both shown, 26 − 10 − 12 would give the 4 away
        assertThat(Suppression.parts(List.of(4L, 10L, 12L))).containsExactly("fewer than 5", "withheld", "12");
        assertThat(Suppression.parts(List.of(12L, 0L, 3L, 7L))).containsExactly("12", "0", "fewer than 5", "withheld");
    }

    @Test
    void two_suppressed_parts_protect_each_other() {
        assertThat(Suppression.parts(List.of(4L, 3L, 12L))).containsExactly("fewer than 5", "fewer than 5", "12");
    }

    @Test
    void nothing_is_withheld_when_nothing_is_small() {
        assertThat(Suppression.parts(List.of(5L, 0L, 12L))).containsExactly("5", "0", "12");
    }
}
