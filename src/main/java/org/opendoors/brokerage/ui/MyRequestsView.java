package org.opendoors.brokerage.ui;

import org.opendoors.base.ui.CsvDownload;
import org.opendoors.brokerage.BrokerageExport;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import org.opendoors.base.ui.Formats;
import org.opendoors.brokerage.PlaceRequestService;
import org.opendoors.brokerage.RequestForCouncil;
import org.opendoors.security.AppRoles;
import org.springframework.data.domain.PageRequest;

/** The adviser's requests for places and how they stand. */
@Route("requests")
@PageTitle("Your requests – Open Doors")
@Menu(title = "Your requests", order = 32)
@RolesAllowed(AppRoles.ADVISER)
@AccessDeniedErrorRouter
class MyRequestsView extends Div {

    final Grid<RequestForCouncil> grid = new Grid<>(RequestForCouncil.class, false);

    MyRequestsView(PlaceRequestService requests, BrokerageExport export) {
        grid.addColumn(r -> PlaceRequestService.reference(r.id())).setHeader("Reference");
        grid.addColumn(RequestForCouncil::youngPersonRef).setHeader("Young person");
        grid.addColumn(RequestForCouncil::offer).setHeader("Opportunity").setFlexGrow(2);
        grid.addColumn(RequestForCouncil::organisation).setHeader("Employer");
        grid.addColumn(r -> r.status().label()).setHeader("Status");
        grid.addColumn(r -> Formats.dateTime(r.createdAt())).setHeader("Sent");
        grid.setItems(q -> requests.mine(PageRequest.of(q.getPage(), q.getPageSize())).stream(), q -> (int) requests.countMine());
        grid.setAriaLabel("Your requests");
        add(new H1("Your requests for places"), grid,
                new Div(new CsvDownload("your requests", "requests.csv", export::myRequests)));
    }
}
