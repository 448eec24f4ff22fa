package org.opendoors.socialvalue.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import org.opendoors.security.AppRoles;
import org.opendoors.socialvalue.ContractService;
import org.opendoors.socialvalue.Grade;
import org.opendoors.socialvalue.ReturnService;

/** Procurement's home: all contracts at a glance, by grade, overdue returns and ringfenced totals. */
@Route("procurement")
@PageTitle("Social value – Open Doors")
@Menu(title = "Social value", order = 40)
@RolesAllowed(AppRoles.PROCUREMENT)
@AccessDeniedErrorRouter
class ProcurementHomeView extends Div {

    ProcurementHomeView(ContractService contracts, ReturnService returns) {
        ReturnService.Overview overview = returns.overview();
        add(new H1("Social value for care leavers"),
                new Paragraph(contracts.count() + " contracts with social value commitments ringfenced for care leavers. "
                        + overview.overdueReturns() + " returns overdue."),
                new UnorderedList(new ListItem(new Anchor("contracts", "Contracts")),
                        new ListItem(new Anchor("contracts/new", "Set up a contract"))),
                new H2("Returns by grade"));
        Div grades = new Div();
        for (Grade grade : Grade.values()) {
            Div row = new Div(ReturnView.gradeTag(grade), new com.vaadin.flow.component.html.Span(
                    " " + overview.returnsByGrade().getOrDefault(grade, 0L) + " returns"));
            grades.add(row);
        }
        UnorderedList totals = new UnorderedList();
        overview.ringfencedTotals().forEach(t -> totals.add(new ListItem(t)));
        add(grades, new H2("Reported so far, ringfenced for care leavers"), totals);
    }
}
