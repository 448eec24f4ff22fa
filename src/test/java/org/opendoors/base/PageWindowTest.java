package org.opendoors.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageWindowTest {

    @Test
    void a_page_near_the_start_is_read_from_the_start_without_counting() {
        assertThat(PageWindow.of(9_950, 50, () -> {
            throw new AssertionError("counted");
        })).isEqualTo(new PageWindow(false, 9_950, 50));
    }

    @Test
    void a_deep_page_in_the_first_half_is_read_from_the_start() {
        assertThat(PageWindow.of(20_000, 50, () -> 100_000)).isEqualTo(new PageWindow(false, 20_000, 50));
    }

    @Test
    void a_page_nearer_the_end_is_read_backwards_skipping_the_rows_after_it() {
        assertThat(PageWindow.of(80_000, 50, () -> 100_000)).isEqualTo(new PageWindow(true, 19_950, 50));
    }

    @Test
    void the_last_page_reads_only_the_rows_left_and_a_page_past_the_end_reads_none() {
        assertThat(PageWindow.of(99_980, 50, () -> 100_000)).isEqualTo(new PageWindow(true, 0, 20));
        assertThat(PageWindow.of(100_050, 50, () -> 100_000)).isEqualTo(new PageWindow(true, 0, 0));
    }
}
