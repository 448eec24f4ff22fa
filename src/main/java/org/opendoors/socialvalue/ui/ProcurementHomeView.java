package org.opendoors.socialvalue.ui;

import org.opendoors.base.ui.Formats;
import org.opendoors.base.csv.CsvColumns;
import org.opendoors.base.ui.CsvDownload;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import org.opendoors.security.AppRoles;
import org.opendoors.security.CurrentUser;
import org.opendoors.security.Role;
import org.opendoors.socialvalue.ContractProgressService;
import org.opendoors.socialvalue.ContractService;
import org.opendoors.socialvalue.Grade;
import org.opendoors.socialvalue.OverdueReturn;

/**
 * Procurement's home: all contracts at a glance, by grade, overdue returns and ringfenced totals. Leadership reads it as
 * the procurement overview, without the links to the work.
 */
@Route("procurement")
@PageTitle("Social value – Open Doors")
@Menu(title = "Social value", order = 40)
@RolesAllowed({AppRoles.PROCUREMENT, AppRoles.ENGAGEMENT, AppRoles.LEADERSHIP})
@AccessDeniedErrorRouter
class ProcurementHomeView extends Div {

    final Grid<OverdueReturn> overdue = new Grid<>(OverdueReturn.class, false);

    ProcurementHomeView(ContractService contracts, ContractProgressService progress, CurrentUser currentUser) {
        ContractProgressService.Overview overview = progress.overview();
        boolean officer = currentUser.get().map(u -> u.hasRole(Role.PROCUREMENT)).orElse(false);
        add(new H1("Social value for care leavers"),
                new Paragraph(contracts.count() + " contracts with social value commitments ringfenced for care leavers. "
                        + count(overview.overdueCount(), "return") + " overdue."));
        if (officer) {
            add(new UnorderedList(new ListItem(new Anchor("contracts", "Contracts")),
                    new ListItem(new Anchor("contracts/new", "Set up a contract"))));
        }
        add(new H2("Contracts by their latest grade"));
        UnorderedList contractGrades = new UnorderedList();
        for (Grade grade : Grade.values()) {
            contractGrades.add(new ListItem(ReturnView.gradeTag(grade),
                    new Span(" " + count(overview.contractsByLatestGrade().getOrDefault(grade, 0L), "contract"))));
        }
        contractGrades.add(new ListItem("Not graded yet: " + count(overview.contractsNotGraded(), "contract")));
        add(contractGrades, new H2("Returns by grade"));
        UnorderedList grades = new UnorderedList();
        for (Grade grade : Grade.values()) {
            grades.add(new ListItem(ReturnView.gradeTag(grade),
                    new Span(" " + count(overview.returnsByGrade().getOrDefault(grade, 0L), "return"))));
        }
        overdue.addColumn(OverdueReturn::reference).setHeader("Contract").setAutoWidth(true);
        overdue.addColumn(OverdueReturn::title).setHeader("Title").setFlexGrow(2);
        overdue.addColumn(r -> Formats.date(r.dueOn())).setHeader("Was due");
        if (officer) {
            overdue.addComponentColumn(r -> new Anchor("contracts/" + r.contractId() + "/returns/" + r.periodNumber(),
                    r.reference() + " period " + r.periodNumber())).setHeader("Return").setAutoWidth(true);
        } else {
            overdue.addColumn(r -> "Period " + r.periodNumber()).setHeader("Return").setAutoWidth(true);
        }
        overdue.setItems(overview.overdue());
        overdue.setAllRowsVisible(true);
        overdue.setAriaLabel("Overdue returns");
        UnorderedList totals = new UnorderedList();
        overview.ringfencedTotals().forEach(t -> totals.add(new ListItem(t)));
        CsvColumns<OverdueReturn> columns = CsvColumns.of(OverdueReturn.class).add("Contract", OverdueReturn::reference)
                .add("Title", OverdueReturn::title).add("Period", OverdueReturn::periodNumber).add("Was due on", OverdueReturn::dueOn);
        add(grades, new H2("Overdue returns"), overview.overdue().isEmpty() ? new Paragraph("None.")
                        : new Div(overdue, new Div(new CsvDownload("these overdue returns", "overdue-returns.csv",
                                out -> columns.write(out, overview.overdue())))),
                new H2("Reported so far, ringfenced for care leavers"), totals);
    }

    private static String count(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
