package org.opendoors.socialvalue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a contract's term into reporting periods. Each boundary is counted from the start date (start + 3, 6,
 * 9 … months), so a contract starting on the 31st or on 29 February does not drift; the last period ends
 * with the contract. A return is due a month after its period ends.
 */
public final class ReportingPeriods {

    static final int RETURN_DUE_DAYS = 30;

    private ReportingPeriods() {
    }

    public static List<PeriodDates> of(LocalDate startsOn, LocalDate endsOn, ReportingFrequency frequency) {
        List<PeriodDates> periods = new ArrayList<>();
        for (int n = 0; ; n++) {
            LocalDate start = startsOn.plusMonths((long) n * frequency.months());
            if (start.isAfter(endsOn)) {
                return periods;
            }
            LocalDate nextStart = startsOn.plusMonths((long) (n + 1) * frequency.months());
            LocalDate end = nextStart.minusDays(1).isAfter(endsOn) ? endsOn : nextStart.minusDays(1);
            periods.add(new PeriodDates(start, end, end.plusDays(RETURN_DUE_DAYS)));
        }
    }
}
