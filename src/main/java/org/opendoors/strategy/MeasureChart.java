package org.opendoors.strategy;

import org.opendoors.base.ui.Formats;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * A live measure over time against its milestones, month by month, as the recommendation page and the progress
 * update PDF draw it: the measured value at each month's end (a gap where there is none) and each milestone's target
 * in the month it is due, counted up to {@code until}.
 */
public record MeasureChart(String unit, LocalDate until, List<String> months, List<BigDecimal> measured,
                           List<BigDecimal> milestones) {


    static MeasureChart of(SuccessMeasure measure, List<MeasurePoint> points, String unit, LocalDate until) {
        TreeMap<YearMonth, BigDecimal[]> byMonth = new TreeMap<>();
        for (MeasurePoint p : points) {
            byMonth.computeIfAbsent(YearMonth.from(p.date()), k -> new BigDecimal[2])[0] = p.value();
        }
        for (MeasureDetails.Target t : measure.details().milestones()) {
            byMonth.computeIfAbsent(YearMonth.from(t.dueOn()), k -> new BigDecimal[2])[1] = t.target();
        }
        List<String> months = new ArrayList<>();
        List<BigDecimal> measured = new ArrayList<>();
        List<BigDecimal> milestones = new ArrayList<>();
        byMonth.forEach((month, values) -> {
            months.add(Formats.month(month));
            measured.add(values[0]);
            milestones.add(values[1]);
        });
        return new MeasureChart(unit, until, months, measured, milestones);
    }
}
