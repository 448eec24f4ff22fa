package org.opendoors.socialvalue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportingPeriodsTest {

    @Test
    void a_one_year_contract_reported_quarterly_has_four_periods_each_due_30_days_after_it_ends() {
        List<PeriodDates> periods = ReportingPeriods.of(LocalDate.of(2027, 4, 1), LocalDate.of(2028, 3, 31), ReportingFrequency.QUARTERLY);
        assertThat(periods).extracting(PeriodDates::startsOn).containsExactly(LocalDate.of(2027, 4, 1), LocalDate.of(2027, 7, 1),
                LocalDate.of(2027, 10, 1), LocalDate.of(2028, 1, 1));
        assertThat(periods.getLast().endsOn()).isEqualTo(LocalDate.of(2028, 3, 31));
        assertThat(periods.getFirst().dueOn()).isEqualTo(LocalDate.of(2027, 7, 30));
    }

    @Test
    void a_contract_starting_mid_month_keeps_its_day_and_the_last_period_ends_with_the_contract() {
        List<PeriodDates> periods = ReportingPeriods.of(LocalDate.of(2027, 1, 15), LocalDate.of(2027, 12, 20), ReportingFrequency.QUARTERLY);
        assertThat(periods).extracting(PeriodDates::startsOn).containsExactly(LocalDate.of(2027, 1, 15), LocalDate.of(2027, 4, 15),
                LocalDate.of(2027, 7, 15), LocalDate.of(2027, 10, 15));
        assertThat(periods.getFirst().endsOn()).isEqualTo(LocalDate.of(2027, 4, 14));
        assertThat(periods.getLast().endsOn()).isEqualTo(LocalDate.of(2027, 12, 20));
    }

    @Test
    void a_contract_starting_on_29_february_does_not_drift_in_later_years() {
        List<PeriodDates> periods = ReportingPeriods.of(LocalDate.of(2028, 2, 29), LocalDate.of(2030, 2, 27), ReportingFrequency.ANNUAL);
        assertThat(periods).extracting(PeriodDates::startsOn).containsExactly(LocalDate.of(2028, 2, 29), LocalDate.of(2029, 2, 28));
        assertThat(periods.getFirst().endsOn()).isEqualTo(LocalDate.of(2029, 2, 27));
        List<PeriodDates> quarterly = ReportingPeriods.of(LocalDate.of(2028, 2, 29), LocalDate.of(2029, 2, 27), ReportingFrequency.QUARTERLY);
        assertThat(quarterly).extracting(PeriodDates::startsOn).containsExactly(LocalDate.of(2028, 2, 29), LocalDate.of(2028, 5, 29),
                LocalDate.of(2028, 8, 29), LocalDate.of(2028, 11, 29));
    }

    @Test
    void six_monthly_reporting_halves_the_year() {
        assertThat(ReportingPeriods.of(LocalDate.of(2027, 4, 1), LocalDate.of(2029, 3, 31), ReportingFrequency.SIX_MONTHLY)).hasSize(4);
    }
}
