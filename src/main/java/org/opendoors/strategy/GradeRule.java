package org.opendoors.strategy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Function;
import org.opendoors.base.figures.Figure;
import org.opendoors.socialvalue.Grade;

/**
 * The grade a live measure suggests on a date, on the councils' scale:
 * <ol>
 *   <li>a milestone due by then was missed (its figure on its date was below the target, or in fewer areas than the
 *       breadth condition asks) → 4 Not achieved;</li>
 *   <li>otherwise, every milestone met (all due ones met and the last one already reached, with the breadth) → 1 Fully
 *       achieved;</li>
 *   <li>otherwise, against the next milestone pro rata — the straight line from the previous milestone (or the baseline
 *       on the counting-from date) to the next — at least 90% of where it should be → 2 On track;</li>
 *   <li>below that → 3 Slipped.</li>
 * </ol>
 * A measure without milestones suggests nothing; a recommendation takes the worst of its measures' suggestions.
 */
public final class GradeRule {

    static final BigDecimal ON_TRACK_SHARE = new BigDecimal("0.9");

    private GradeRule() {
    }

    public static Grade suggest(List<MeasureDetails.Target> milestones, BigDecimal baseline, LocalDate countsFrom, Integer minAreas,
                                LocalDate asOf, Function<LocalDate, Figure> figureOn) {
        if (milestones.isEmpty()) {
            return null;
        }
        MeasureDetails.Target previous = null;
        for (MeasureDetails.Target milestone : milestones) {
            if (milestone.dueOn().isAfter(asOf)) {
                break;
            }
            if (!meets(figureOn.apply(milestone.dueOn()), milestone.target(), minAreas)) {
                return Grade.NOT_ACHIEVED;
            }
            previous = milestone;
        }
        Figure now = figureOn.apply(asOf);
        MeasureDetails.Target last = milestones.getLast();
        if (previous == last || meets(now, last.target(), minAreas)) {
            return Grade.FULLY_ACHIEVED;
        }
        MeasureDetails.Target next = milestones.get(previous == null ? 0 : milestones.indexOf(previous) + 1);
        LocalDate fromDate = previous == null ? (countsFrom == null ? asOf : countsFrom) : previous.dueOn();
        BigDecimal fromValue = previous == null ? (baseline == null ? BigDecimal.ZERO : baseline) : previous.target();
        long span = ChronoUnit.DAYS.between(fromDate, next.dueOn());
        long elapsed = Math.max(0, ChronoUnit.DAYS.between(fromDate, asOf));
        BigDecimal expected = span <= 0 ? next.target() : fromValue.add(next.target().subtract(fromValue)
                .multiply(BigDecimal.valueOf(elapsed)).divide(BigDecimal.valueOf(span), 4, RoundingMode.HALF_UP));
        if (expected.signum() <= 0 || now.value().compareTo(expected.multiply(ON_TRACK_SHARE)) >= 0) {
            return Grade.ON_TRACK;
        }
        return Grade.SLIPPED;
    }

    static boolean meets(Figure figure, BigDecimal target, Integer minAreas) {
        return figure.value().compareTo(target) >= 0 && (minAreas == null || figure.areas() >= minAreas);
    }

    /** The worse of two suggestions (a higher number is worse); null means no suggestion. */
    static Grade worse(Grade a, Grade b) {
        if (a == null) {
            return b;
        }
        return b == null || a.number() >= b.number() ? a : b;
    }
}
