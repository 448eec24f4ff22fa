package org.opendoors.brokerage.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import org.opendoors.brokerage.PlacementImpact;
import org.opendoors.brokerage.PlacementService;
import org.opendoors.offer.OfferImpact;
import org.opendoors.offer.OfferService;
import org.opendoors.organisation.OrganisationAccess;
import org.opendoors.security.AppRoles;

/** "Our impact": what the employer offered and what came of it, as counts only. */
@Route("impact")
@PageTitle("Our impact – Open Doors")
@Menu(title = "Our impact", order = 15)
@RolesAllowed(AppRoles.EMPLOYER)
@AccessDeniedErrorRouter
class ImpactView extends Div {

    ImpactView(OfferService offers, PlacementService placements, OrganisationAccess access) {
        long organisationId = access.ownOrganisationId();
        OfferImpact o = offers.impact(organisationId);
        PlacementImpact p = placements.impact(organisationId);
        Element list = new Element("dl");
        list.getClassList().add("summary-list");
        String[][] rows = {{"Offers", String.valueOf(o.offers())}, {"Deliveries recorded", String.valueOf(o.deliveries())},
                {"Young people reached", String.valueOf(o.youngPeopleReached())},
                {"Hours given", o.hours().stripTrailingZeros().toPlainString()},
                {"Requests for places", String.valueOf(p.placeRequests())}, {"Placements", String.valueOf(p.placements())},
                {"Completed", String.valueOf(p.completed())}, {"Progressed to work, an apprenticeship or education", String.valueOf(p.progressed())},
                {"Left early", String.valueOf(p.leftEarly())},
                {"Sustainment checks still in education, employment or training", String.valueOf(p.sustainmentChecksInEet())}};
        for (String[] row : rows) {
            list.appendChild(new Element("dt").setText(row[0]), new Element("dd").setText(row[1]));
        }
        Div summary = new Div();
        summary.getElement().appendChild(list);
        add(new H1("Our impact"), new Paragraph("What your organisation has done for young people leaving care. Counts only: "
                + "young people's details are never shared with employers."), summary);
    }
}
