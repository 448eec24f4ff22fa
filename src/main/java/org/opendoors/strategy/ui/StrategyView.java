package org.opendoors.strategy.ui;

import org.opendoors.base.ui.Formats;

import org.opendoors.base.csv.CsvColumns;
import org.opendoors.base.ui.CsvDownload;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.opendoors.base.FieldValidationException;
import org.opendoors.base.ui.FieldErrors;
import org.opendoors.base.ui.SummaryList;
import org.opendoors.security.AppRoles;
import org.opendoors.security.CurrentUser;
import org.opendoors.socialvalue.Grade;
import org.opendoors.strategy.ActionPlan;
import org.opendoors.strategy.ActionPlanService;
import org.opendoors.strategy.MeasureReading;
import org.opendoors.strategy.ProgressRound;
import org.opendoors.strategy.ProgressService;
import org.opendoors.strategy.StrategyReports;
import org.opendoors.strategy.TrackerRow;

/**
 * The tracker: a plan's recommendations with their latest grade (colour and text), grade history across rounds and
 * each live measure against its next milestone; filters by grade and responsibility; the rounds; the PDFs.
 */
@Route("strategy")
@PageTitle("Strategy – Open Doors")
@Menu(title = "Strategy", order = 60)
@RolesAllowed({AppRoles.ENGAGEMENT, AppRoles.ADMIN, AppRoles.LEADERSHIP})
@AccessDeniedErrorRouter
class StrategyView extends Div implements BeforeEnterObserver {


    private final ActionPlanService plans;
    private final ProgressService progress;
    private final StrategyReports reports;
    private final CurrentUser currentUser;
    private final Clock clock;
    final Select<ActionPlan> plan = new Select<>();
    final Select<String> grade = new Select<>();
    final TextField responsibility = new TextField("Responsibility");
    final Grid<TrackerRow> grid = new Grid<>(TrackerRow.class, false);
    final TextField roundLabel = new TextField("Name of the round");
    final DatePicker roundDate = new DatePicker("Reports up to");
    private List<TrackerRow> rows = List.of();

    StrategyView(ActionPlanService plans, ProgressService progress, StrategyReports reports, CurrentUser currentUser, Clock clock) {
        this.plans = plans;
        this.progress = progress;
        this.reports = reports;
        this.currentUser = currentUser;
        this.clock = clock;
        plan.setLabel("Action plan");
        plan.setItemLabelGenerator(p -> p == null ? "" : p.getTitle());
        plan.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate("strategy", QueryParameters.of("plan", e.getValue().getId().toString())));
            }
        });
        grade.setLabel("Latest grade");
        List<String> grades = new ArrayList<>();
        grades.add("Any grade");
        for (Grade g : Grade.values()) {
            grades.add(g.label());
        }
        grades.add("Not graded yet");
        grade.setItems(grades);
        grade.setValue("Any grade");
        grade.addValueChangeListener(e -> filter());
        responsibility.setValueChangeMode(ValueChangeMode.LAZY);
        responsibility.setHelperText("Part of a name, e.g. Morgan");
        responsibility.addValueChangeListener(e -> filter());
        roundLabel.setHelperText("For example, September 2022");
        roundLabel.setMaxLength(ProgressRound.LABEL_MAX_LENGTH);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Recommendations");
        grid.addColumn(r -> r.recommendation().getNumber()).setHeader("No.").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(r -> new Anchor("strategy/recommendations/" + r.recommendation().getId(),
                shorten(r.recommendation().getText()))).setHeader("Recommendation").setFlexGrow(3);
        grid.addColumn(r -> r.recommendation().getResponsibility()).setHeader("Responsibility").setFlexGrow(1);
        grid.addComponentColumn(r -> StrategyUi.gradeTag(r.latest())).setHeader("Latest grade").setAutoWidth(true);
        grid.addColumn(TrackerRow::historyText).setHeader("Grade history").setAutoWidth(true);
        grid.addColumn(r -> r.readings().stream().filter(MeasureReading::live).map(m -> m.figureLabel() + ": " + m.value()
                + " (" + m.target() + ")").collect(Collectors.joining("; "))).setHeader("Measures now").setFlexGrow(3);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<ActionPlan> all = plans.plans();
        Long chosen = event.getLocation().getQueryParameters().getSingleParameter("plan").filter(p -> p.matches("\\d{1,18}"))
                .map(Long::valueOf).orElse(null);
        removeAll();
        add(new H1("Strategy: action plans and progress"));
        if (all.isEmpty()) {
            add(new Paragraph("No action plan has been set up yet."));
            if (StrategyUi.canEdit(currentUser)) {
                add(new Anchor("strategy/plan", "Set up an action plan"));
            }
            return;
        }
        ActionPlan current = all.stream().filter(p -> p.getId().equals(chosen)).findFirst().orElse(all.getFirst());
        plan.setItems(all);
        plan.setValue(current);
        render(current);
    }

    private void render(ActionPlan current) {
        long planId = current.getId();
        if (plans.plans().size() > 1) {
            add(plan);
        }
        add(new H2(current.getTitle()), new SummaryList()
                .row("Committee", current.getCommittee())
                .row("Link officer(s)", current.getLinkOfficers())
                .row("Action plan agreed", Formats.longDate(current.getAgreedOn())));
        UnorderedList links = new UnorderedList();
        if (StrategyUi.canEdit(currentUser)) {
            links.add(new ListItem(new Anchor("strategy/plan?id=" + planId, "Change the plan's details")));
            links.add(new ListItem(new Anchor("strategy/recommendation?plan=" + planId, "Add a recommendation")));
            links.add(new ListItem(new Anchor("strategy/plan", "Set up another action plan")));
        }
        links.add(new ListItem(download("Download the action plan (PDF)", "action-plan-" + planId + ".pdf",
                () -> reports.actionPlanPdf(planId))));
        links.add(new ListItem(download("Download the progress update (PDF)", "progress-update-" + planId + ".pdf",
                () -> reports.progressUpdatePdf(planId))));
        add(links);

        rows = progress.tracker(planId);
        add(new H2("Recommendations"));
        rows.stream().map(TrackerRow::measuredAt).filter(Objects::nonNull).min(Comparator.naturalOrder()).ifPresent(at ->
                add(new Paragraph("Measures now: measured from Open Doors " + Formats.atTime(at, LocalDate.now(clock))
                        + ". Open Doors reads them again every few minutes, and as soon as a measure is changed.")));
        FlexLayout filters = new FlexLayout(grade, responsibility);
        filters.getStyle().set("gap", "var(--lumo-space-m)").set("flex-wrap", "wrap");
        add(filters, grid, csv(current));
        filter();

        add(new H2("Progress rounds"));
        List<ProgressRound> rounds = progress.rounds(planId);
        if (rounds.isEmpty()) {
            add(new Paragraph("No progress round yet."));
        } else {
            UnorderedList list = new UnorderedList();
            for (ProgressRound round : rounds) {
                list.add(new ListItem(new Anchor("strategy/rounds/" + round.getId(), round.getLabel()),
                        new Span(" – " + round.getStatus().label() + ", reports up to " + Formats.longDate(round.getAsOf()))));
            }
            add(list);
        }
        if (StrategyUi.canEdit(currentUser)) {
            addOpenRound(planId);
        }
    }

    private void addOpenRound(long planId) {
        FieldErrors errors = new FieldErrors().bind("label", roundLabel).bind("asOf", roundDate);
        Button open = new Button("Open a progress round", e -> {
            try {
                errors.clear();
                ProgressRound round = progress.openRound(planId, roundLabel.getValue(), roundDate.getValue());
                FieldErrors.showSuccess(round.getLabel() + " opened: the evidence is pre-filled from Open Doors");
                getUI().ifPresent(ui -> ui.navigate("strategy/rounds/" + round.getId()));
            } catch (FieldValidationException problem) {
                errors.show(problem);
            }
        });
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2("Open a progress round"), new Paragraph("Each recommendation's evidence of progress is pre-filled from its live "
                + "measures as of the date you choose, with a suggested grade."), roundLabel, roundDate, new Div(open));
    }

    private void filter() {
        String wanted = grade.getValue();
        String who = responsibility.getValue() == null ? "" : responsibility.getValue().trim().toLowerCase(Locale.UK);
        grid.setItems(rows.stream()
                .filter(r -> wanted == null || wanted.equals("Any grade")
                        || (r.latest() == null ? wanted.equals("Not graded yet") : r.latest().label().equals(wanted)))
                .filter(r -> who.isEmpty() || r.recommendation().getResponsibility().toLowerCase(Locale.UK).contains(who))
                .toList());
    }

    private CsvDownload csv(ActionPlan current) {
        return CsvDownload.ofGrid("these recommendations", "recommendations-" + current.getId() + ".csv", grid, CSV_COLUMNS);
    }

    private static final CsvColumns<TrackerRow> CSV_COLUMNS = CsvColumns.of(TrackerRow.class)
            .add("Number", r -> r.recommendation().getNumber())
            .add("Recommendation", r -> r.recommendation().getText())
            .add("Responsibility", r -> r.recommendation().getResponsibility())
            .add("Latest grade", r -> r.latest() == null ? "" : r.latest().label())
            .add("Grade history", TrackerRow::historyText)
            .add("Measures", r -> r.readings().stream().filter(MeasureReading::live).map(MeasureReading::line)
                    .collect(Collectors.joining(" ")));

    static Anchor download(String text, String filename, java.util.function.Supplier<byte[]> pdf) {
        return new Anchor(DownloadHandler.fromInputStream(d -> {
            byte[] bytes = pdf.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), filename, "application/pdf", bytes.length);
        }), text);
    }

    static String shorten(String text) {
        return text.length() <= 140 ? text : text.substring(0, 137).trim() + "…";
    }
}
