package org.opendoors.strategy.ui;

import org.opendoors.base.ui.Formats;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opendoors.base.ui.Chart;
import org.opendoors.base.ui.SummaryList;
import org.opendoors.security.AppRoles;
import org.opendoors.security.CurrentUser;
import org.opendoors.strategy.ActionPlanService;
import org.opendoors.strategy.MeasureChart;
import org.opendoors.strategy.MeasureReading;
import org.opendoors.strategy.MeasuresNow;
import org.opendoors.strategy.ProgressEntry;
import org.opendoors.strategy.ProgressRound;
import org.opendoors.strategy.ProgressService;
import org.opendoors.strategy.Recommendation;
import org.opendoors.strategy.SuccessMeasure;

/**
 * A recommendation: its words, agreed actions, responsibility and dates; each success measure with its value now
 * (as last read from Open Doors, with the time it was read), its next milestone and a chart of its value over time
 * against the milestones (counted live); and its assessment in every round.
 */
@Route("strategy/recommendations/:recommendationId(\\d+)")
@RolesAllowed({AppRoles.ENGAGEMENT, AppRoles.ADMIN, AppRoles.LEADERSHIP})
@AccessDeniedErrorRouter
class RecommendationView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ActionPlanService plans;
    private final ProgressService progress;
    private final CurrentUser currentUser;
    private final Clock clock;
    private String title = "Recommendation";

    RecommendationView(ActionPlanService plans, ProgressService progress, CurrentUser currentUser, Clock clock) {
        this.plans = plans;
        this.progress = progress;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("recommendationId").orElseThrow(NotFoundException::new);
        Recommendation r = plans.recommendation(id).orElseThrow(NotFoundException::new);
        removeAll();
        title = "Recommendation " + r.getNumber();
        boolean staff = StrategyUi.canEdit(currentUser);
        UnorderedList actions = new UnorderedList();
        r.getActions().forEach(a -> actions.add(new ListItem(a)));
        add(new Anchor("strategy?plan=" + r.getPlanId(), "Back to the plan"), new H1(title), new Paragraph(r.getText()),
                new SummaryList().row("Responsibility", r.getResponsibility())
                        .row("Date", (r.getDateText() == null ? "" : r.getDateText())
                                + (r.getDueOn() == null ? "" : (r.getDateText() == null ? "" : " – ") + Formats.longDate(r.getDueOn()))),
                new H2("Agreed actions"), actions);
        if (staff) {
            add(new Paragraph(new Anchor("strategy/recommendation?id=" + id, "Change this recommendation")));
        }
        add(new H2("Success measures"));
        List<SuccessMeasure> measures = plans.measures(id);
        Map<Long, SuccessMeasure> byId = new LinkedHashMap<>();
        measures.forEach(m -> byId.put(m.getId(), m));
        MeasuresNow now = plans.measuresNow(id);
        List<MeasureReading> readings = now.readings();
        Map<Long, MeasureChart> charts = readings.stream().anyMatch(MeasureReading::live) ? plans.charts(id) : Map.of();
        String measuredAt = "measured from Open Doors " + Formats.atTime(now.readAt(), LocalDate.now(clock));
        if (readings.isEmpty()) {
            add(new Paragraph("No success measure yet."));
        }
        int n = 0;
        for (MeasureReading reading : readings) {
            n++;
            SuccessMeasure m = byId.get(reading.measureId());
            add(new H3("Measure " + n), new Paragraph(reading.description()));
            if (reading.live()) {
                SummaryList summary = new SummaryList().row("Counts", reading.name())
                        .row("Now", reading.value() + " – " + measuredAt)
                        .row("Target", reading.target())
                        .row("Suggested grade now", reading.suggested() == null ? "None (no milestones)" : reading.suggested().label());
                if (m.getBaseline() != null) {
                    summary.row("Baseline", m.getBaseline().stripTrailingZeros().toPlainString());
                }
                add(summary);
                if (staff && reading.recordsRoute() != null) {
                    add(new Paragraph(new Anchor(reading.recordsRoute(), "See the records behind this figure")));
                }
                if (charts.containsKey(m.getId())) {
                    add(chart(n, charts.get(m.getId()), m.getId()));
                }
            } else {
                add(new Paragraph(new Span("Judged in words in each progress round; Open Doors does not count it.")));
            }
            if (staff) {
                add(new Paragraph(new Anchor("strategy/measure?id=" + m.getId(), "Change measure " + n)));
            }
        }
        if (staff) {
            add(new Paragraph(new Anchor("strategy/measure?recommendation=" + id, "Add a success measure")));
        }
        addAssessments(r);
    }

    private Chart chart(int n, MeasureChart data, long measureId) {
        return new Chart(Chart.Kind.LINE, "Measure " + n + " over time against its milestones", "Month", data.unit(), data.months(),
                List.of(new Chart.Series("Measured value", data.measured()), new Chart.Series("Milestone target", data.milestones())),
                "measure-" + measureId + ".csv");
    }

    private void addAssessments(Recommendation r) {
        add(new H2("Progress"));
        List<ProgressRound> rounds = progress.rounds(r.getPlanId());
        if (rounds.isEmpty()) {
            add(new Paragraph("No progress round yet."));
            return;
        }
        Map<Long, ProgressEntry> byRound = progress.entriesOf(r.getId());
        for (ProgressRound round : rounds) {
            ProgressEntry e = byRound.get(round.getId());
            if (e == null) {
                continue;
            }
            add(new H3(round.getLabel() + (round.isPublished() ? "" : " (draft)")));
            Div grade = new Div(StrategyUi.gradeTag(e.getGrade()));
            add(grade, new SummaryList().row("Evidence of progress", e.getEvidenceOfProgress())
                    .row("Explanation", e.getExplanation()).row("Evidence of impact", e.getEvidenceOfImpact()),
                    new Paragraph(new Anchor("strategy/rounds/" + round.getId(), "Open the " + round.getLabel() + " round")));
        }
    }

    @Override
    public String getPageTitle() {
        return title + " – Open Doors";
    }
}
