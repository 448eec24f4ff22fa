package org.opendoors.socialvalue.ui;

import com.vaadin.flow.component.Svg;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.opendoors.socialvalue.KpiProgress;

/**
 * A small server-rendered chart of a KPI's cumulative actual (solid) against its cumulative target (dashed),
 * period by period. It is an image with a text alternative; the table beside it has the same figures.
 */
final class TrendChart {

    private static final int WIDTH = 320;
    private static final int HEIGHT = 120;
    private static final int PAD = 12;

    private TrendChart() {
    }

    static Svg of(KpiProgress kpi) {
        List<KpiProgress.PeriodFigure> figures = kpi.periods();
        BigDecimal max = BigDecimal.ONE;
        for (KpiProgress.PeriodFigure f : figures) {
            max = max.max(f.cumulativeTarget()).max(f.cumulativeActual());
        }
        StringBuilder target = new StringBuilder();
        StringBuilder actual = new StringBuilder();
        for (int i = 0; i < figures.size(); i++) {
            KpiProgress.PeriodFigure f = figures.get(i);
            target.append(point(i, figures.size(), f.cumulativeTarget(), max));
            if (f.actual() != null) {
                actual.append(point(i, figures.size(), f.cumulativeActual(), max));
            }
        }
        String description = "Trend " + kpi.trend().label().toLowerCase(Locale.UK) + ". " + summary(figures);
        return new Svg("""
                <svg xmlns="http://www.w3.org/2000/svg" role="img" width="%d" height="%d" viewBox="0 0 %d %d" class="trend-chart">\
                <title>%s</title>\
                <rect x="0" y="0" width="%d" height="%d" fill="#ffffff" stroke="#b1b4b6"/>\
                <polyline points="%s" fill="none" stroke="#505a5f" stroke-width="2" stroke-dasharray="6 4"/>\
                <polyline points="%s" fill="none" stroke="#1d70b8" stroke-width="3"/>\
                </svg>""".formatted(WIDTH, HEIGHT, WIDTH, HEIGHT, escape(description), WIDTH, HEIGHT,
                target.toString().trim(), actual.toString().trim()));
    }

    private static String point(int index, int count, BigDecimal value, BigDecimal max) {
        double x = count == 1 ? WIDTH / 2.0 : PAD + index * (WIDTH - 2.0 * PAD) / (count - 1);
        double y = HEIGHT - PAD - value.doubleValue() / max.doubleValue() * (HEIGHT - 2.0 * PAD);
        return String.format(Locale.ROOT, "%.1f,%.1f ", x, y);
    }

    private static String summary(List<KpiProgress.PeriodFigure> figures) {
        KpiProgress.PeriodFigure latest = null;
        for (KpiProgress.PeriodFigure f : figures) {
            if (f.actual() != null) {
                latest = f;
            }
        }
        return latest == null ? "Nothing reported yet."
                : "By period " + latest.number() + ": " + ContractView.plain(latest.cumulativeActual()) + " against a target of "
                        + ContractView.plain(latest.cumulativeTarget()) + " so far.";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
