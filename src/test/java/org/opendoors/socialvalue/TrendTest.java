package org.opendoors.socialvalue;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TrendTest {

    private static Trend trend(String previousActual, String previousTarget, String latestActual, String latestTarget) {
        return Trend.between(new BigDecimal(previousActual), new BigDecimal(previousTarget), new BigDecimal(latestActual),
                new BigDecimal(latestTarget));
    }

    @Test
    void a_larger_share_of_the_target_met_is_improving_and_a_smaller_one_falling() {
        assertThat(trend("1", "4", "3", "4")).isEqualTo(Trend.IMPROVING);
        assertThat(trend("3", "4", "1", "4")).isEqualTo(Trend.FALLING);
    }

    @Test
    void a_change_under_five_percent_of_the_target_is_steady_and_beating_the_target_counts_as_meeting_it() {
        assertThat(trend("50", "100", "52", "100")).isEqualTo(Trend.STEADY);
        assertThat(trend("8", "4", "4", "4")).isEqualTo(Trend.STEADY);
    }

    @Test
    void a_period_with_no_target_counts_as_met_when_anything_was_delivered() {
        assertThat(trend("0", "0", "1", "0")).isEqualTo(Trend.IMPROVING);
        assertThat(Trend.between(null, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE)).isEqualTo(Trend.TOO_EARLY);
    }
}
