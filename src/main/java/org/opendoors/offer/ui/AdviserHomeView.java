package org.opendoors.offer.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import org.opendoors.base.ui.PlaceholderHome;
import org.opendoors.security.AppRoles;

@Route("adviser")
@PageTitle("Opportunities – Open Doors")
@Menu(title = "Opportunities", order = 30)
@RolesAllowed(AppRoles.ADVISER)
@AccessDeniedErrorRouter
class AdviserHomeView extends PlaceholderHome {

    AdviserHomeView() {
        super("Opportunities for the young people you support",
                "Find open opportunities from local employers and ask for a place for a young person.",
                "Search open offers by type, sector, area and date", "Request a place", "Follow your requests");
    }
}
