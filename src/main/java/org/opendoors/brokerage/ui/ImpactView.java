package org.opendoors.brokerage.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import org.opendoors.base.ui.SummaryList;
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
        SummaryList summary = new SummaryList().row("Offers", String.valueOf(o.offers()))
                .row("Deliveries recorded", String.valueOf(o.deliveries()))
                .row("Young people reached", String.valueOf(o.youngPeopleReached()))
                .row("Hours given", o.hours().stripTrailingZeros().toPlainString())
                .row("Requests for places", String.valueOf(p.placeRequests()))
                .row("Placements", String.valueOf(p.placements()))
                .row("Completed", String.valueOf(p.completed()))
                .row("Progressed to work, an apprenticeship or education", String.valueOf(p.progressed()))
                .row("Left early", String.valueOf(p.leftEarly()))
                .row("Sustainment checks still in education, employment or training", String.valueOf(p.sustainmentChecksInEet()));
        add(new H1("Our impact"), new Paragraph("What your organisation has done for young people leaving care. Counts only: "
                + "young people's details are never shared with employers."), summary);
    }
}
