package org.opendoors.socialvalue.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.opendoors.organisation.OrganisationService;
import org.opendoors.security.AppRoles;
import org.opendoors.socialvalue.Contract;
import org.opendoors.socialvalue.ContractKpi;
import org.opendoors.socialvalue.ContractReportService;
import org.opendoors.socialvalue.ContractService;
import org.opendoors.socialvalue.KpiProgress;
import org.opendoors.socialvalue.ReturnService;
import org.opendoors.socialvalue.ReportingPeriod;

/** A contract: its terms, KPI targets and reporting periods. For procurement, and for the supplier's own users. */
@Route("contracts/:contractId(\\d+)")
@RolesAllowed({AppRoles.PROCUREMENT, AppRoles.ADMIN, AppRoles.EMPLOYER})
@AccessDeniedErrorRouter
class ContractView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private final ContractService contracts;
    private final OrganisationService organisations;
    private final ReturnService returns;
    private final ContractReportService reports;
    private String title = "Contract";

    ContractView(ContractService contracts, OrganisationService organisations, ReturnService returns, ContractReportService reports) {
        this.contracts = contracts;
        this.organisations = organisations;
        this.returns = returns;
        this.reports = reports;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Contract contract = contracts.find(event.getRouteParameters().getLong("contractId").orElseThrow());
        title = contract.getReference() + " " + contract.getTitle();
        String supplier = organisations.find(contract.getSupplierId()).map(o -> o.getName()).orElse("");
        add(new H1(contract.getTitle()), new Paragraph(contract.getReference() + " · " + supplier + " · "
                + NumberFormat.getCurrencyInstance(Locale.UK).format(contract.getValuePence() / 100.0) + " · "
                + DATE.format(contract.getStartsOn()) + " to " + DATE.format(contract.getEndsOn()) + " · returns "
                + contract.getFrequency().label().toLowerCase(Locale.UK)));
        UnorderedList kpis = new UnorderedList();
        for (ContractKpi kpi : contract.getKpis()) {
            kpis.add(new ListItem(kpi.getMeasure().label() + ": " + kpi.getTargetPerPeriod().stripTrailingZeros().toPlainString()
                    + " per period"));
        }
        Grid<ReportingPeriod> periods = new Grid<>(ReportingPeriod.class, false);
        periods.addColumn(ReportingPeriod::getNumber).setHeader("Period").setAutoWidth(true);
        periods.addColumn(p -> DATE.format(p.getStartsOn()) + " to " + DATE.format(p.getEndsOn())).setHeader("Covers");
        periods.addColumn(p -> DATE.format(p.getDueOn())).setHeader("Return due");
        periods.addComponentColumn(p -> new com.vaadin.flow.component.html.Anchor(
                "contracts/" + contract.getId() + "/returns/" + p.getNumber(), "Return")).setHeader("Return");
        periods.setItems(contract.getPeriods());
        periods.setAllRowsVisible(true);
        periods.setAriaLabel("Reporting periods");
        add(new H2("KPIs ringfenced for care leavers"), kpis, new H2("Reporting periods"), periods, new H2("Progress"));
        for (KpiProgress kpi : returns.progress(contract.getId())) {
            Grid<KpiProgress.PeriodFigure> figures = new Grid<>(KpiProgress.PeriodFigure.class, false);
            figures.addColumn(KpiProgress.PeriodFigure::number).setHeader("Period").setAutoWidth(true);
            figures.addColumn(f -> plain(f.target())).setHeader("Target");
            figures.addColumn(f -> f.actual() == null ? "not reported" : plain(f.actual())).setHeader("Actual");
            figures.addColumn(f -> plain(f.cumulativeActual()) + " of " + plain(f.cumulativeTarget())).setHeader("So far");
            figures.addComponentColumn(f -> f.grade() == null ? new com.vaadin.flow.component.html.Span(
                    f.status() == null ? "" : f.status().label()) : ReturnView.gradeTag(f.grade())).setHeader("Grade");
            figures.setItems(kpi.periods());
            figures.setAllRowsVisible(true);
            figures.setAriaLabel("Progress: " + kpi.measure());
            add(new Paragraph(kpi.measure() + (kpi.socialValuePence() == null ? "" : " · social value so far "
                    + NumberFormat.getCurrencyInstance(Locale.UK).format(kpi.socialValuePence() / 100.0))), figures);
        }
        com.vaadin.flow.component.html.Anchor report = new com.vaadin.flow.component.html.Anchor(
                com.vaadin.flow.server.streams.DownloadHandler.fromInputStream(d -> {
                    byte[] bytes = reports.pdf(contract.getId());
                    return new com.vaadin.flow.server.streams.DownloadResponse(new java.io.ByteArrayInputStream(bytes),
                            "social-value-" + contract.getReference() + ".pdf", "application/pdf", bytes.length);
                }), "Download the social value report (PDF)");
        add(report);
    }

    private static String plain(java.math.BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    @Override
    public String getPageTitle() {
        return title + " – Open Doors";
    }
}
