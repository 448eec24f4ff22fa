package org.opendoors.socialvalue.ui;

import org.opendoors.base.ui.Formats;
import org.opendoors.socialvalue.ContractExport;
import org.opendoors.base.ui.CsvDownload;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import org.opendoors.security.AppRoles;
import org.opendoors.socialvalue.Contract;
import org.opendoors.socialvalue.ContractService;
import org.springframework.data.domain.PageRequest;

@Route("contracts")
@PageTitle("Contracts – Open Doors")
@Menu(title = "Contracts", order = 41)
@RolesAllowed({AppRoles.PROCUREMENT, AppRoles.ADMIN})
@AccessDeniedErrorRouter
class ContractListView extends Div {

    final Grid<Contract> grid = new Grid<>(Contract.class, false);

    ContractListView(ContractService contracts, ContractExport export) {
        grid.addComponentColumn(c -> new RouterLink(c.getReference(), ContractView.class,
                new RouteParameters("contractId", String.valueOf(c.getId())))).setHeader("Reference");
        grid.addColumn(Contract::getTitle).setHeader("Title").setFlexGrow(3);
        grid.addColumn(c -> Formats.date(c.getStartsOn()) + " to " + Formats.date(c.getEndsOn())).setHeader("Term").setFlexGrow(2);
        grid.addColumn(c -> c.getFrequency().label()).setHeader("Reporting");
        grid.setItems(q -> contracts.all(PageRequest.of(q.getPage(), q.getPageSize())).stream(), q -> (int) contracts.count());
        grid.setAriaLabel("Contracts");
        add(new H1("Contracts"), new Anchor("contracts/new", "Set up a contract"), grid,
                new Div(new CsvDownload("all contracts", "contracts.csv", export::all)));
    }
}
