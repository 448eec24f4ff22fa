package org.opendoors.socialvalue.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
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

@Route("procurement")
@PageTitle("Social value – Open Doors")
@Menu(title = "Social value", order = 40)
@RolesAllowed(AppRoles.PROCUREMENT)
@AccessDeniedErrorRouter
class ProcurementHomeView extends Div {

    ProcurementHomeView(ContractService contracts) {
        add(new H1("Social value for care leavers"),
                new Paragraph(contracts.count() + " contracts with social value commitments ringfenced for care leavers."),
                new UnorderedList(new ListItem(new Anchor("contracts", "Contracts")),
                        new ListItem(new Anchor("contracts/new", "Set up a contract"))));
    }
}
