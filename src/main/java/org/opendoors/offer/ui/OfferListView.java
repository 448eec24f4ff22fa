package org.opendoors.offer.ui;

import org.opendoors.offer.OfferExport;
import org.opendoors.base.ui.CsvDownload;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
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
import org.opendoors.offer.Offer;
import org.opendoors.offer.OfferService;
import org.opendoors.security.AppRoles;
import org.springframework.data.domain.PageRequest;

/** The employer's offers, newest first. */
@Route("offers")
@PageTitle("Your offers – Open Doors")
@Menu(title = "Your offers", order = 13)
@RolesAllowed(AppRoles.EMPLOYER)
@AccessDeniedErrorRouter
class OfferListView extends Div {

    final Grid<Offer> grid = new Grid<>(Offer.class, false);

    OfferListView(OfferService offers, OfferExport export) {
        grid.addComponentColumn(o -> new RouterLink(o.getTitle(), OfferView.class,
                new RouteParameters("offerId", String.valueOf(o.getId())))).setHeader("Offer").setFlexGrow(3);
        grid.addColumn(o -> o.getType().getName()).setHeader("Type");
        grid.addColumn(Offer::when).setHeader("When");
        grid.addColumn(o -> o.getStatus().label()).setHeader("Status");
        grid.setItems(q -> offers.mine(PageRequest.of(q.getPage(), q.getPageSize())).stream(), q -> (int) offers.countMine());
        grid.setAriaLabel("Your offers");
        add(new H1("Your offers"),
                new Paragraph("Opportunities you offer young people leaving care. Advisers see the open ones and can ask for a place."));
        if (!offers.ownOffersReachAdvisers()) {
            Paragraph notYet = new Paragraph("Advisers cannot see your offers yet. To keep young people safe, offers are shown "
                    + "to advisers once your pledge is approved, or once the council's engagement team has checked your "
                    + "organisation. You can add offers now; they will appear then.");
            notYet.addClassName("notice");
            notYet.setId("offers-not-yet-visible");
            add(notYet);
        }
        add(new Anchor("offers/form", "Add an offer"), grid, new Div(new CsvDownload("your offers", "offers.csv", export::mine)));
    }
}
