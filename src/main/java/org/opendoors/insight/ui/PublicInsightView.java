package org.opendoors.insight.ui;

import org.opendoors.base.ui.Formats;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.opendoors.base.brand.Brand;
import org.opendoors.base.ui.Chart;
import org.opendoors.base.ui.PublicLayout;
import org.opendoors.insight.InsightService;
import org.opendoors.insight.Suppression;

/**
 * The public insight page: the figures the administrator published, over the last 12 months, in total, by area and by
 * month. Counts of young people under 5 show as "fewer than 5", with one more part withheld where a total would give
 * one away. Nothing on it can identify a young person.
 */
@Route(value = "insight/public", layout = PublicLayout.class, autoLayout = false)
@PageTitle("How we are doing – Open Doors")
@AnonymousAllowed
class PublicInsightView extends Div {

    PublicInsightView(InsightService insight, Brand brand) {
        add(new H1("How we are doing"), new Paragraph("What employers in " + brand.councilName() + "'s area offer young people "
                + "leaving care, and what young people start, over the last 12 months. To protect young people's privacy, a count "
                + "of young people under 5 shows as \"" + Suppression.FEWER_THAN_5 + "\", and another part is \"" + Suppression.WITHHELD
                + "\" where the total would otherwise give it away."));
        List<InsightService.PublicFigureView> figures = insight.publicPage();
        if (figures.isEmpty()) {
            add(new Paragraph("No figures are published yet."));
        }
        Div headlines = new Div();
        headlines.addClassName("headline-figures");
        for (InsightService.PublicFigureView f : figures) {
            Div tile = new Div();
            tile.getElement().appendChild(new Element("strong").setText(f.total()));
            tile.getElement().appendChild(new Element("span").setText(f.spec().label()));
            headlines.add(tile);
        }
        add(headlines);
        for (InsightService.PublicFigureView f : figures) {
            add(new H2(f.spec().label()));
            List<String> months = f.months().stream().map(m -> Formats.month(YearMonth.parse(m))).toList();
            add(new Chart(Chart.Kind.BAR, f.spec().label() + " by month", "Month", f.spec().unit(), months,
                    List.of(new Chart.Series(f.spec().label(), f.monthValues(), f.monthText())), f.spec().key() + "-by-month.csv"));
            if (!f.areas().isEmpty()) {
                List<BigDecimal> values = f.areaValues().stream().map(v -> v.matches("\\d+") ? new BigDecimal(v) : null).toList();
                add(new Chart(Chart.Kind.BAR, f.spec().label() + " by area", "Area", f.spec().unit(), f.areas(),
                        List.of(new Chart.Series(f.spec().label(), values, f.areaValues())), f.spec().key() + "-by-area.csv"));
            }
        }
    }
}
