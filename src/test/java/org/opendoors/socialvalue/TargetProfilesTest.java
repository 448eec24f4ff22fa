package org.opendoors.socialvalue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class TargetProfilesTest {

    @Test
    void a_total_is_spread_in_whole_units_with_what_is_left_in_the_last_periods() {
        assertThat(TargetProfiles.even(new BigDecimal("5"), 4)).map(BigDecimal::toPlainString).containsExactly("1", "1", "1", "2");
        assertThat(TargetProfiles.even(new BigDecimal("12"), 4)).map(BigDecimal::toPlainString).containsExactly("3", "3", "3", "3");
        assertThat(TargetProfiles.even(new BigDecimal("2"), 4)).map(BigDecimal::toPlainString).containsExactly("0", "0", "1", "1");
    }

    @Test
    void a_total_with_a_fraction_is_spread_in_hundredths() {
        assertThat(TargetProfiles.even(new BigDecimal("100.01"), 3)).map(BigDecimal::toPlainString)
                .containsExactly("33.33", "33.34", "33.34");
    }

    @Test
    void the_same_target_each_period_repeats_it() {
        assertThat(TargetProfiles.perPeriod(KpiTarget.eachPeriod(1, new BigDecimal("2")), 3, "f"))
                .map(BigDecimal::toPlainString).containsExactly("2", "2", "2");
    }

    @Test
    void a_profile_must_have_a_figure_for_each_period_and_add_up_to_the_total() {
        List<BigDecimal> shortProfile = List.of(BigDecimal.ONE, BigDecimal.ONE);
        assertThatThrownBy(() -> TargetProfiles.perPeriod(KpiTarget.total(1, new BigDecimal("3"), shortProfile), 3, "f"))
                .hasMessage("Give a figure for each of the 3 periods");
        List<BigDecimal> wrongSum = List.of(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE);
        assertThatThrownBy(() -> TargetProfiles.perPeriod(KpiTarget.total(1, new BigDecimal("4"), wrongSum), 3, "f"))
                .hasMessage("The periods add up to 3, not the total of 4");
        assertThatThrownBy(() -> TargetProfiles.perPeriod(KpiTarget.eachPeriod(1, BigDecimal.ZERO), 3, "f"))
                .hasMessage("Enter a target above zero");
        assertThat(TargetProfiles.perPeriod(KpiTarget.total(1, new BigDecimal("3"), wrongSum), 3, "f")).isEqualTo(wrongSum);
    }
}
