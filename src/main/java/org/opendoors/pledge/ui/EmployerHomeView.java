package org.opendoors.pledge.ui;

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
import org.opendoors.organisation.OrganisationAccess;
import org.opendoors.organisation.OrganisationService;
import org.opendoors.pledge.PledgeService;
import org.opendoors.security.AppRoles;

/** The employer's home: their organisation and where their pledge stands. */
@Route("employer")
@PageTitle("Your organisation – Open Doors")
@Menu(title = "Home", order = 10)
@RolesAllowed(AppRoles.EMPLOYER)
@AccessDeniedErrorRouter
class EmployerHomeView extends Div {

    EmployerHomeView(OrganisationService organisations, PledgeService pledges, OrganisationAccess access) {
        long organisationId = access.ownOrganisationId();
        String name = organisations.find(organisationId).orElseThrow().getName();
        String pledgeStatus = pledges.current(organisationId)
                .map(p -> "Your pledge " + p.reference() + ": " + p.getStatus().label().toLowerCase() + ".")
                .orElse("You have not made a pledge yet.");
        add(new H1(name), new Paragraph(pledgeStatus),
                new UnorderedList(
                        new ListItem(new Anchor("pledge", "Your pledge and certificate")),
                        new ListItem(new Anchor("offers", "Your offers and what was delivered")),
                        new ListItem(new Anchor("our-requests", "Requests for places and asks from the council")),
                        new ListItem(new Anchor("impact", "Our impact")),
                        new ListItem(new Anchor("our-organisation", "Organisation profile and colleagues"))));
    }
}
