package org.opendoors.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A record is due on the day its period ends, also from month ends and 29 February. */
class RetentionUnitTest {

    @Test
    void the_cutoff_is_the_last_day_whose_period_has_ended() {
        assertThat(RetentionUnit.DAYS.lastDayEndedBy(LocalDate.of(2026, 3, 31), 30)).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(RetentionUnit.MONTHS.lastDayEndedBy(LocalDate.of(2026, 4, 30), 1)).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(RetentionUnit.MONTHS.lastDayEndedBy(LocalDate.of(2026, 4, 29), 1)).isEqualTo(LocalDate.of(2026, 3, 29));
        assertThat(RetentionUnit.YEARS.lastDayEndedBy(LocalDate.of(2030, 2, 28), 6)).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(RetentionUnit.YEARS.lastDayEndedBy(LocalDate.of(2030, 2, 27), 6)).isEqualTo(LocalDate.of(2024, 2, 27));
    }
}
