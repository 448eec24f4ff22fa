package org.opendoors.event.ui;

import org.opendoors.base.ui.Formats;

import org.opendoors.event.EventExport;
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
import org.opendoors.event.EngagementEvent;
import org.opendoors.event.EventService;
import org.opendoors.security.AppRoles;
import org.springframework.data.domain.PageRequest;

@Route("events/manage")
@PageTitle("Manage events – Open Doors")
@Menu(title = "Events", order = 25)
@RolesAllowed({AppRoles.ENGAGEMENT, AppRoles.ADMIN})
@AccessDeniedErrorRouter
class ManageEventsView extends Div {

    final Grid<EngagementEvent> grid = new Grid<>(EngagementEvent.class, false);

    ManageEventsView(EventService events, EventExport export) {
        grid.addComponentColumn(e -> new RouterLink(e.getTitle(), EventAdminView.class,
                new RouteParameters("eventId", String.valueOf(e.getId())))).setHeader("Event").setFlexGrow(3);
        grid.addColumn(e -> Formats.dayAndTime(e.getStartsAt())).setHeader("When").setFlexGrow(2);
        grid.addColumn(e -> e.getStatus().label()).setHeader("Status");
        grid.addColumn(e -> e.getConfirmedCount() + " of " + e.getCapacity()).setHeader("Places taken");
        grid.setItems(q -> events.all(PageRequest.of(q.getPage(), q.getPageSize())).stream(), q -> (int) events.count());
        grid.setAriaLabel("Events");
        add(new H1("Events"), new Anchor("events/manage/form", "Create an event"), grid,
                new Div(new CsvDownload("all events", "events.csv", export::events)));
    }
}
