package org.opendoors.pledge.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import org.opendoors.pledge.Pledge;
import org.opendoors.pledge.PledgeService;
import org.opendoors.security.AppRoles;

/** Confirmation with the pledge's reference and what happens next. */
@Route("pledge/submitted/:pledgeId(\\d+)")
@PageTitle("Pledge submitted – Open Doors")
@RolesAllowed(AppRoles.EMPLOYER)
@AccessDeniedErrorRouter
class PledgeSubmittedView extends Div implements BeforeEnterObserver {

    private final PledgeService pledges;

    PledgeSubmittedView(PledgeService pledges) {
        this.pledges = pledges;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Pledge pledge = pledges.find(event.getRouteParameters().getLong("pledgeId").orElseThrow());
        Div panel = new Div(new H1("Pledge submitted"), new Paragraph("Your reference is"), new Span(pledge.reference()));
        panel.addClassName("confirmation-panel");
        add(panel, new Paragraph("We have sent you a confirmation e-mail."),
                new H2("What happens next"),
                new Paragraph("The engagement team will check your pledge, usually within 10 working days. When it is "
                        + "approved we will e-mail your pledge certificate, and you can download it here. If anything "
                        + "needs changing, we will e-mail you to say what."),
                new Anchor("pledge", "See your pledge"));
    }
}
