package org.opendoors.organisation.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import org.opendoors.base.ui.PlaceholderHome;
import org.opendoors.security.AppRoles;

@Route("engagement")
@PageTitle("Employer engagement – Open Doors")
@Menu(title = "Employer engagement", order = 20)
@RolesAllowed(AppRoles.ENGAGEMENT)
@AccessDeniedErrorRouter
class EngagementHomeView extends PlaceholderHome {

    EngagementHomeView() {
        super("Employer engagement",
                "Run the employer CRM: organisations, pledges to approve, activities and check-ins.",
                "My next actions", "Pledges waiting for approval", "Organisations and their contacts");
    }
}
