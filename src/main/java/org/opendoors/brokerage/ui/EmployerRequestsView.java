package org.opendoors.brokerage.ui;

import org.opendoors.base.ui.Formats;

import org.opendoors.base.ui.CsvDownload;
import org.opendoors.brokerage.BrokerageExport;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import org.opendoors.base.ui.UserAction;
import org.opendoors.brokerage.AskRow;
import org.opendoors.brokerage.AskService;
import org.opendoors.brokerage.AskStatus;
import org.opendoors.brokerage.PlaceRequestService;
import org.opendoors.brokerage.PlaceRequestStatus;
import org.opendoors.brokerage.RequestForEmployer;
import org.opendoors.offer.OfferTypeService;
import org.opendoors.organisation.OrganisationAccess;
import org.opendoors.security.AppRoles;
import org.springframework.data.domain.PageRequest;

/** Requests to the employer: advisers' requests for places and the engagement team's asks. */
@Route("our-requests")
@PageTitle("Requests – Open Doors")
@Menu(title = "Requests", order = 14)
@RolesAllowed(AppRoles.EMPLOYER)
@AccessDeniedErrorRouter
class EmployerRequestsView extends Div {


    final Grid<RequestForEmployer> placeRequests = new Grid<>(RequestForEmployer.class, false);
    final Grid<AskRow> asks = new Grid<>(AskRow.class, false);
    private final UserAction action = UserAction.thenRefresh(this::refresh).refreshAfterRefusal();
    private final PlaceRequestService requestService;
    private final AskService askService;
    private final long organisationId;

    EmployerRequestsView(PlaceRequestService requestService, AskService askService, BrokerageExport export,
                         OfferTypeService types, OrganisationAccess access) {
        this.requestService = requestService;
        this.askService = askService;
        this.organisationId = access.ownOrganisationId();
        placeRequests.addColumn(RequestForEmployer::offer).setHeader("Opportunity").setFlexGrow(2);
        placeRequests.addColumn(r -> r.ageBand().label()).setHeader("Age");
        placeRequests.addColumn(RequestForEmployer::area).setHeader("Area");
        placeRequests.addColumn(RequestForEmployer::hopes).setHeader("Hopes to gain").setFlexGrow(3);
        placeRequests.addColumn(r -> r.status().label()).setHeader("Status");
        placeRequests.addComponentColumn(r -> r.status() != PlaceRequestStatus.REQUESTED ? new Div()
                : new HorizontalLayout(new Button("Accept", e -> answerRequest(r.id(), true)),
                        new Button("Decline", e -> answerRequest(r.id(), false)))).setHeader("Answer").setKey("answer").setAutoWidth(true);
        placeRequests.setAriaLabel("Requests for places");
        placeRequests.setId("place-requests");
        placeRequests.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);

        asks.addColumn(AskRow::offerType).setHeader("Asked for");
        asks.addColumn(a -> Formats.shortDayAndTime(a.proposedAt())).setHeader("When");
        asks.addColumn(AskRow::details).setHeader("Details").setFlexGrow(2);
        asks.addColumn(a -> a.status().label()).setHeader("Status");
        asks.addComponentColumn(a -> a.status() != AskStatus.SENT ? new Div()
                : new HorizontalLayout(new Button("Accept", e -> answerAsk(a.id(), true)),
                        new Button("Decline", e -> answerAsk(a.id(), false)))).setHeader("Answer").setKey("answer").setAutoWidth(true);
        asks.setAriaLabel("Asks from the engagement team");
        asks.setId("asks");
        refresh();
        add(new H1("Requests"),
                new H2("Requests for places"),
                new Paragraph("Advisers ask on behalf of young people they support. You see the age band, area and hopes only."),
                placeRequests,
                new Div(new CsvDownload("these requests", "requests-for-places.csv", out -> export.requestsTo(organisationId, out))),
                new H2("Asks from the engagement team"), asks,
                new Div(new CsvDownload("these asks", "asks.csv", out -> export.asksTo(organisationId, out))));
    }

    private void answerRequest(long id, boolean accept) {
        action.run(() -> requestService.answer(id, accept, null), accept ? "Request accepted" : "Request declined");
    }

    private void answerAsk(long id, boolean accept) {
        action.run(() -> askService.answer(id, accept), accept ? "Thank you: you accepted" : "You declined");
    }


    private void refresh() {
        placeRequests.setItems(q -> requestService.forOrganisation(organisationId, PageRequest.of(q.getPage(), q.getPageSize())).stream(),
                q -> (int) requestService.countForOrganisation(organisationId));
        asks.setItems(q -> askService.forOrganisation(organisationId, PageRequest.of(q.getPage(), q.getPageSize())).stream(),
                q -> (int) askService.countFor(organisationId));
    }
}
