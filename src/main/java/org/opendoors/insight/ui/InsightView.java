package org.opendoors.insight.ui;

import org.opendoors.base.ui.Formats;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.opendoors.base.figures.Bucket;
import org.opendoors.base.figures.Dimension;
import org.opendoors.base.figures.FigureSpec;
import org.opendoors.base.ui.Chart;
import org.opendoors.base.ui.FigureTile;
import org.opendoors.base.ui.FieldErrors;
import org.opendoors.insight.InsightService;
import org.opendoors.security.AppRoles;
import org.opendoors.security.CurrentUser;
import org.opendoors.security.Role;

/**
 * Dashboards: every figure's total for a period, and any figure by month, sector, area or type as a chart with its
 * table and CSV. The administrator also chooses what the public insight page shows.
 */
@Route("insight")
@PageTitle("Insight – Open Doors")
@Menu(title = "Insight", order = 65)
@RolesAllowed({AppRoles.ENGAGEMENT, AppRoles.PROCUREMENT, AppRoles.LEADERSHIP, AppRoles.ADMIN})
@AccessDeniedErrorRouter
class InsightView extends Div {


    private final InsightService insight;
    final DatePicker from = new DatePicker("From");
    final DatePicker to = new DatePicker("To");
    final Select<FigureSpec> figure = new Select<>();
    final Select<Dimension> by = new Select<>();
    private final Div headlines = new Div();
    private final Div chart = new Div();

    InsightView(InsightService insight, CurrentUser currentUser) {
        this.insight = insight;
        from.setValue(insight.defaultFrom());
        to.setValue(insight.today());
        figure.setLabel("Figure");
        figure.setItems(insight.dashboardFigures());
        figure.setItemLabelGenerator(f -> f == null ? "" : f.label());
        figure.setValue(figure.getListDataView().getItems().filter(f -> f.key().equals("placements.started")).findFirst()
                .orElse(insight.dashboardFigures().getFirst()));
        by.setLabel("By");
        by.setItems(Dimension.values());
        by.setItemLabelGenerator(d -> d == null ? "" : d.label());
        by.setValue(Dimension.MONTH);
        FlexLayout period = new FlexLayout(from, to);
        period.getStyle().set("gap", "var(--lumo-space-m)").set("flex-wrap", "wrap");
        Button show = new Button("Show this period", e -> refresh());
        headlines.addClassName("headline-figures");
        FlexLayout choice = new FlexLayout(figure, by);
        choice.getStyle().set("gap", "var(--lumo-space-m)").set("flex-wrap", "wrap");
        figure.addValueChangeListener(e -> drawChart());
        by.addValueChangeListener(e -> drawChart());
        add(new H1("Insight"), new Paragraph("Counted from Open Doors' records in the period. The public page shows a chosen few, "
                + "with counts of young people under 5 suppressed: "), new Anchor("insight/public", "see the public insight page"),
                period, new Div(show), new H2("The period at a glance"), headlines, new H2("A figure in detail"), choice, chart);
        if (currentUser.get().map(u -> u.hasRole(Role.ADMIN)).orElse(false)) {
            addPublishing();
        }
        refresh();
    }

    private void refresh() {
        if (from.getValue() == null || to.getValue() == null || to.getValue().isBefore(from.getValue())) {
            to.setInvalid(true);
            to.setErrorMessage("Choose a period: a start date and an end date on or after it");
            return;
        }
        to.setInvalid(false);
        headlines.removeAll();
        for (InsightService.Headline h : insight.headlines(from.getValue(), to.getValue())) {
            headlines.add(new FigureTile(h.value().stripTrailingZeros().toPlainString(), h.spec().label()));
        }
        drawChart();
    }

    private void drawChart() {
        chart.removeAll();
        FigureSpec spec = figure.getValue();
        Dimension dimension = by.getValue();
        if (spec == null || dimension == null || from.getValue() == null || to.getValue() == null) {
            return;
        }
        if (dimension == Dimension.TYPE && !spec.hasType() || dimension == Dimension.AREA && !spec.hasArea()
                || dimension == Dimension.SECTOR && !spec.hasSector()) {
            chart.add(new Paragraph(spec.label() + " are not recorded by " + dimension.label().toLowerCase(Locale.UK) + "."));
            return;
        }
        List<Bucket> buckets = insight.breakdown(spec.key(), from.getValue(), to.getValue(), dimension);
        List<String> categories = buckets.stream().map(b -> dimension == Dimension.MONTH ? Formats.month(YearMonth.parse(b.key())) : b.key())
                .toList();
        String title = spec.label() + " by " + dimension.label().toLowerCase(Locale.UK);
        chart.add(new Chart(dimension == Dimension.MONTH ? Chart.Kind.LINE : Chart.Kind.BAR, title, dimension.label(), spec.unit(),
                categories, List.of(new Chart.Series(spec.label(), buckets.stream().map(Bucket::value).toList())),
                spec.key() + "-by-" + dimension.name().toLowerCase(Locale.UK) + ".csv"));
    }

    private void addPublishing() {
        CheckboxGroup<FigureSpec> chosen = new CheckboxGroup<>("Figures on the public insight page");
        chosen.setItems(insight.dashboardFigures());
        chosen.setItemLabelGenerator(FigureSpec::label);
        Set<String> keys = insight.publishedKeys();
        chosen.setValue(chosen.getListDataView().getItems().filter(f -> keys.contains(f.key())).collect(Collectors.toSet()));
        Button save = new Button("Save what the public page shows", e -> {
            insight.publish(chosen.getValue().stream().map(FigureSpec::key).collect(Collectors.toSet()));
            FieldErrors.showSuccess("The public insight page now shows " + chosen.getValue().size() + " figures");
        });
        add(new H2("The public insight page"), new Paragraph("Counts of young people under 5 show as \"fewer than 5\" there, and "
                + "one more part is withheld where a total would give a suppressed count away."), chosen, new Div(save));
    }
}
