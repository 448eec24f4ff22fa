package org.opendoors.socialvalue.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import org.opendoors.base.ui.PlaceholderHome;
import org.opendoors.security.AppRoles;

@Route("procurement")
@PageTitle("Social value – Open Doors")
@Menu(title = "Social value", order = 40)
@RolesAllowed(AppRoles.PROCUREMENT)
@AccessDeniedErrorRouter
class ProcurementHomeView extends PlaceholderHome {

    ProcurementHomeView() {
        super("Social value for care leavers",
                "Track contractors' social value commitments ringfenced for care leavers.",
                "Contracts and their KPIs", "Returns to accept or query", "Grades: 1 Fully achieved, 2 On track, 3 Slipped, 4 Not achieved");
    }
}
