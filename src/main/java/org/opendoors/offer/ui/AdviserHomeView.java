package org.opendoors.offer.ui;

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

@Route("adviser")
@PageTitle("Opportunities – Open Doors")
@Menu(title = "Home", order = 30)
@RolesAllowed(AppRoles.ADVISER)
@AccessDeniedErrorRouter
class AdviserHomeView extends Div {

    AdviserHomeView() {
        add(new H1("Opportunities for the young people you support"),
                new Paragraph("Find open opportunities from local employers and ask for a place for a young person. "
                        + "Young people are known here only by a reference like YP-4821, an age band and an area."),
                new UnorderedList(
                        new ListItem(new Anchor("opportunities", "Search open opportunities")),
                        new ListItem(new Anchor("requests", "Your requests for places"))));
    }
}
