package org.opendoors.pledge.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import org.opendoors.base.ui.PlaceholderHome;
import org.opendoors.security.AppRoles;

@Route("employer")
@PageTitle("Your organisation – Open Doors")
@Menu(title = "Your organisation", order = 10)
@RolesAllowed(AppRoles.EMPLOYER)
@AccessDeniedErrorRouter
class EmployerHomeView extends PlaceholderHome {

    EmployerHomeView() {
        super("Your organisation", "Make and renew your pledge to support young people leaving care, "
                        + "and record the opportunities you offer.",
                "Your pledge and its certificate", "Your offers and what was delivered", "Requests from the council");
    }
}
