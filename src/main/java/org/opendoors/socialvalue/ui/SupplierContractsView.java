package org.opendoors.socialvalue.ui;

import org.opendoors.socialvalue.ContractExport;
import org.opendoors.base.ui.CsvDownload;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
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

/** A supplier's contracts with the council and their social value commitments. */
@Route("our-contracts")
@PageTitle("Your contracts – Open Doors")
@Menu(title = "Contracts", order = 16)
@RolesAllowed(AppRoles.EMPLOYER)
@AccessDeniedErrorRouter
class SupplierContractsView extends Div {

    final Grid<Contract> grid = new Grid<>(Contract.class, false);

    SupplierContractsView(ContractService contracts, ContractExport export) {
        grid.addComponentColumn(c -> new RouterLink(c.getReference(), ContractView.class,
                new RouteParameters("contractId", String.valueOf(c.getId())))).setHeader("Reference");
        grid.addColumn(Contract::getTitle).setHeader("Title").setFlexGrow(3);
        grid.addColumn(c -> c.getFrequency().label()).setHeader("Returns");
        grid.setItems(q -> contracts.mine(PageRequest.of(q.getPage(), q.getPageSize())).stream(), q -> (int) contracts.countMine());
        grid.setAriaLabel("Your contracts");
        add(new H1("Your contracts"), new Paragraph("Social value commitments ringfenced for care leavers in your contracts "
                + "with the council."), grid, new Div(new CsvDownload("your contracts", "contracts.csv", export::mine)));
    }
}
