package org.opendoors.socialvalue.ui;

import org.opendoors.base.csv.CsvColumns;
import org.opendoors.base.ui.CsvDownload;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
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
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.opendoors.base.ui.FieldErrors;
import org.opendoors.base.ui.Formats;
import org.opendoors.base.ui.UserAction;
import org.opendoors.base.ui.SummaryList;
import org.opendoors.security.AppRoles;
import org.opendoors.security.UserAccount;
import org.opendoors.socialvalue.Contract;
import org.opendoors.socialvalue.ContractKpi;
import org.opendoors.socialvalue.ContractPages;
import org.opendoors.socialvalue.ContractPages.ContractPage;
import org.opendoors.socialvalue.ContractReportService;
import org.opendoors.socialvalue.ContractService;
import org.opendoors.socialvalue.KpiProgress;
import org.opendoors.socialvalue.ReportingPeriod;
import org.opendoors.socialvalue.ReturnStatus;

/**
 * A contract: its terms, who reports, KPI targets, reporting periods and progress (target against actual per
 * period and cumulative, trend, grades, social value). For procurement, and for the supplier's own users.
 */
@Route("contracts/:contractId(\\d+)")
@RolesAllowed({AppRoles.PROCUREMENT, AppRoles.ADMIN, AppRoles.EMPLOYER})
@AccessDeniedErrorRouter
class ContractView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ContractPages pages;
    private final ContractService contracts;
    private final ContractReportService reports;
    final CheckboxGroup<UserAccount> reporters = new CheckboxGroup<>("Who fills in the returns");
    private final UserAction action = UserAction.thenRefresh(this::render)
            .errorsAt(new FieldErrors().bind("reporters", reporters))
            .whenStale("A colleague changed this contract in the meantime; here it is as it stands now.");
    private long contractId;
    private String title = "Contract";

    ContractView(ContractPages pages, ContractService contracts, ContractReportService reports) {
        this.pages = pages;
        this.contracts = contracts;
        this.reports = reports;
        reporters.setItemLabelGenerator(u -> u.getDisplayName() + " (" + u.getEmail() + ")");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        contractId = event.getRouteParameters().getLong("contractId").orElseThrow();
        render();
    }

    private void render() {
        removeAll();
        ContractPage page = pages.page(contractId);
        Contract contract = page.contract();
        title = contract.getReference() + " " + contract.getTitle();
        ContractService.People people = page.people();
        add(new H1(contract.getTitle()), new SummaryList().row("Reference", contract.getReference()).row("Supplier", page.supplier())
                .row("Value", NumberFormat.getCurrencyInstance(Locale.UK).format(contract.getValuePence() / 100.0))
                .row("Term", Formats.date(contract.getStartsOn()) + " to " + Formats.date(contract.getEndsOn()))
                .row("Returns", contract.getFrequency().label() + ", each due 30 days after its period ends")
                .row("Responsible officer", people.officer())
                .row("Fills in the returns", people.reporters().isEmpty() ? "Nobody named yet" : String.join(", ", people.reporters())));
        if (page.officer()) {
            addReporterChoice(contract, page.supplierUsers());
        }
        UnorderedList kpis = new UnorderedList();
        for (ContractKpi kpi : contract.getKpis()) {
            kpis.add(new ListItem(kpi.getMeasure().label() + ": " + kpi.describeTarget()));
        }
        add(new H2("KPIs ringfenced for care leavers"), kpis, new H2("Reporting periods"), periods(contract, page.statusByPeriod()),
                new H2("Progress"));
        page.progress().forEach(this::addProgress);
        add(new Anchor(DownloadHandler.fromInputStream(d -> {
            byte[] bytes = reports.pdf(contractId);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "social-value-" + contract.getReference() + ".pdf",
                    "application/pdf", bytes.length);
        }), "Download the social value report (PDF)"));
    }

    private static final CsvColumns<KpiProgress.PeriodFigure> FIGURES = CsvColumns.of(KpiProgress.PeriodFigure.class)
            .add("Period", KpiProgress.PeriodFigure::number)
            .add("Target", KpiProgress.PeriodFigure::target)
            .add("Actual", KpiProgress.PeriodFigure::actual)
            .add("Target so far", KpiProgress.PeriodFigure::cumulativeTarget)
            .add("Actual so far", KpiProgress.PeriodFigure::cumulativeActual)
            .add("Status", f -> f.status() == null ? "" : f.status().label())
            .add("Grade", f -> f.grade() == null ? "" : f.grade().label());

    private Div periods(Contract contract, Map<Integer, ReturnStatus> statusByPeriod) {
        Function<ReportingPeriod, String> status = p -> statusByPeriod.containsKey(p.getNumber())
                ? statusByPeriod.get(p.getNumber()).label() : "Not started";
        Grid<ReportingPeriod> periods = new Grid<>(ReportingPeriod.class, false);
        periods.addColumn(ReportingPeriod::getNumber).setHeader("Period").setAutoWidth(true);
        periods.addColumn(p -> Formats.date(p.getStartsOn()) + " to " + Formats.date(p.getEndsOn())).setHeader("Covers")
                .setAutoWidth(true);
        periods.addColumn(p -> Formats.date(p.getDueOn())).setHeader("Return due");
        periods.addColumn(status::apply).setHeader("Status");
        periods.addComponentColumn(p -> new Anchor("contracts/" + contract.getId() + "/returns/" + p.getNumber(),
                "Return for period " + p.getNumber())).setHeader("Return");
        periods.setItems(contract.getPeriods());
        periods.setAllRowsVisible(true);
        periods.setAriaLabel("Reporting periods");
        CsvColumns<ReportingPeriod> columns = CsvColumns.of(ReportingPeriod.class)
                .add("Period", ReportingPeriod::getNumber)
                .add("Starts on", ReportingPeriod::getStartsOn)
                .add("Ends on", ReportingPeriod::getEndsOn)
                .add("Return due", ReportingPeriod::getDueOn)
                .add("Status", status::apply);
        return new Div(periods, new Div(new CsvDownload("the reporting periods and returns",
                "returns-" + contract.getReference() + ".csv", out -> columns.write(out, contract.getPeriods()))));
    }

    private void addProgress(KpiProgress kpi) {
        Grid<KpiProgress.PeriodFigure> figures = new Grid<>(KpiProgress.PeriodFigure.class, false);
        figures.addColumn(KpiProgress.PeriodFigure::number).setHeader("Period").setAutoWidth(true);
        figures.addColumn(f -> plain(f.target())).setHeader("Target");
        figures.addColumn(f -> f.actual() == null ? "not reported" : plain(f.actual())).setHeader("Actual");
        figures.addColumn(f -> plain(f.cumulativeActual()) + " of " + plain(f.cumulativeTarget())).setHeader("So far");
        figures.addComponentColumn(f -> f.grade() == null ? new Span(f.status() == null ? "" : f.status().label())
                : ReturnView.gradeTag(f.grade())).setHeader("Grade");
        figures.setItems(kpi.periods());
        figures.setAllRowsVisible(true);
        figures.setAriaLabel("Progress: " + kpi.measure());
        String value = kpi.socialValuePence() == null ? ""
                : " Social value so far: " + NumberFormat.getCurrencyInstance(Locale.UK).format(kpi.socialValuePence() / 100.0) + ".";
        Div chart = new Div(TrendChart.of(kpi), new Paragraph("Solid line: actual so far. Dashed line: target so far."));
        chart.addClassName("trend");
        add(new H3(kpi.measure()), new Paragraph("Trend: " + kpi.trend().label() + "." + value), chart, figures,
                new Div(new CsvDownload("the figures for " + kpi.measure(), "progress.csv", out -> FIGURES.write(out, kpi.periods()))));
    }

    private void addReporterChoice(Contract contract, List<UserAccount> supplierUsers) {
        reporters.setItems(supplierUsers);
        reporters.setValue(supplierUsers.stream().filter(u -> contract.isReporter(u.getId())).collect(Collectors.toSet()));
        Button save = new Button("Save who reports", e -> action.run(() -> contracts.nameReporters(contractId, contract.getVersion(),
                reporters.getValue().stream().map(UserAccount::getId).collect(Collectors.toSet())), "Saved who reports on this contract"));
        add(new H2("Who reports for the supplier"));
        if (supplierUsers.isEmpty()) {
            add(new Paragraph("Nobody at the supplier has an account yet."));
        } else {
            add(reporters, save);
        }
    }

    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    @Override
    public String getPageTitle() {
        return title + " – Open Doors";
    }
}
