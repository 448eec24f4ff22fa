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
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.opendoors.base.FieldValidationException;
import org.opendoors.base.ui.FieldErrors;
import org.opendoors.base.ui.SummaryList;
import org.opendoors.organisation.OrganisationService;
import org.opendoors.security.AppRoles;
import org.opendoors.security.CurrentUser;
import org.opendoors.security.Role;
import org.opendoors.security.UserAccount;
import org.opendoors.socialvalue.Contract;
import org.opendoors.socialvalue.ContractKpi;
import org.opendoors.socialvalue.ContractProgressService;
import org.opendoors.socialvalue.ContractReportService;
import org.opendoors.socialvalue.ContractService;
import org.opendoors.socialvalue.KpiProgress;
import org.opendoors.socialvalue.KpiReturn;
import org.opendoors.socialvalue.ReportingPeriod;
import org.opendoors.socialvalue.ReturnService;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * A contract: its terms, who reports, KPI targets, reporting periods and progress (target against actual per
 * period and cumulative, trend, grades, social value). For procurement, and for the supplier's own users.
 */
@Route("contracts/:contractId(\\d+)")
@RolesAllowed({AppRoles.PROCUREMENT, AppRoles.ADMIN, AppRoles.EMPLOYER})
@AccessDeniedErrorRouter
class ContractView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private final ContractService contracts;
    private final ContractProgressService progress;
    private final OrganisationService organisations;
    private final ReturnService returns;
    private final ContractReportService reports;
    private final CurrentUser currentUser;
    final CheckboxGroup<UserAccount> reporters = new CheckboxGroup<>("Who fills in the returns");
    private long contractId;
    private String title = "Contract";

    ContractView(ContractService contracts, ContractProgressService progress, OrganisationService organisations,
                 ReturnService returns, ContractReportService reports, CurrentUser currentUser) {
        this.contracts = contracts;
        this.progress = progress;
        this.organisations = organisations;
        this.returns = returns;
        this.reports = reports;
        this.currentUser = currentUser;
        reporters.setItemLabelGenerator(u -> u.getDisplayName() + " (" + u.getEmail() + ")");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        contractId = event.getRouteParameters().getLong("contractId").orElseThrow();
        render();
    }

    private void render() {
        removeAll();
        Contract contract = contracts.find(contractId);
        title = contract.getReference() + " " + contract.getTitle();
        String supplier = organisations.find(contract.getSupplierId()).map(o -> o.getName()).orElse("");
        ContractService.People people = contracts.people(contractId);
        add(new H1(contract.getTitle()), new SummaryList().row("Reference", contract.getReference()).row("Supplier", supplier)
                .row("Value", NumberFormat.getCurrencyInstance(Locale.UK).format(contract.getValuePence() / 100.0))
                .row("Term", DATE.format(contract.getStartsOn()) + " to " + DATE.format(contract.getEndsOn()))
                .row("Returns", contract.getFrequency().label() + ", each due 30 days after its period ends")
                .row("Responsible officer", people.officer())
                .row("Fills in the returns", people.reporters().isEmpty() ? "Nobody named yet" : String.join(", ", people.reporters())));
        if (isOfficer()) {
            addReporterChoice(contract);
        }
        UnorderedList kpis = new UnorderedList();
        for (ContractKpi kpi : contract.getKpis()) {
            kpis.add(new ListItem(kpi.getMeasure().label() + ": " + kpi.describeTarget()));
        }
        add(new H2("KPIs ringfenced for care leavers"), kpis, new H2("Reporting periods"), periods(contract), new H2("Progress"));
        for (KpiProgress kpi : progress.progress(contractId)) {
            addProgress(kpi);
        }
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

    private Div periods(Contract contract) {
        Map<Long, KpiReturn> byPeriod = returns.ofContract(contractId).stream()
                .collect(Collectors.toMap(KpiReturn::getPeriodId, Function.identity()));
        Grid<ReportingPeriod> periods = new Grid<>(ReportingPeriod.class, false);
        periods.addColumn(ReportingPeriod::getNumber).setHeader("Period").setAutoWidth(true);
        periods.addColumn(p -> DATE.format(p.getStartsOn()) + " to " + DATE.format(p.getEndsOn())).setHeader("Covers")
                .setAutoWidth(true);
        periods.addColumn(p -> DATE.format(p.getDueOn())).setHeader("Return due");
        periods.addColumn(p -> byPeriod.containsKey(p.getId()) ? byPeriod.get(p.getId()).getStatus().label() : "Not started")
                .setHeader("Status");
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
                .add("Status", p -> byPeriod.containsKey(p.getId()) ? byPeriod.get(p.getId()).getStatus().label() : "Not started");
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

    private void addReporterChoice(Contract contract) {
        reporters.setItems(contracts.supplierUsers(contract.getSupplierId()));
        reporters.setValue(reporters.getListDataView().getItems().filter(u -> contract.isReporter(u.getId()))
                .collect(Collectors.toSet()));
        FieldErrors errors = new FieldErrors().bind("reporters", reporters);
        Button save = new Button("Save who reports", e -> {
            try {
                contracts.nameReporters(contractId, contract.getVersion(),
                        reporters.getValue().stream().map(UserAccount::getId).collect(Collectors.toSet()));
                FieldErrors.showSuccess("Saved who reports on this contract");
                render();
            } catch (FieldValidationException problem) {
                errors.show(problem);
            } catch (ObjectOptimisticLockingFailureException stale) {
                FieldErrors.showProblem("A colleague changed this contract in the meantime. Reload the page to see their changes.");
            }
        });
        add(new H2("Who reports for the supplier"));
        if (reporters.getListDataView().getItemCount() == 0) {
            add(new Paragraph("Nobody at the supplier has an account yet."));
        } else {
            add(reporters, save);
        }
    }

    private boolean isOfficer() {
        return currentUser.get().map(u -> u.hasRole(Role.PROCUREMENT) || u.hasRole(Role.ADMIN)).orElse(false);
    }

    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    @Override
    public String getPageTitle() {
        return title + " – Open Doors";
    }
}
