package org.opendoors.event.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.opendoors.base.ui.LinkLanding;
import org.opendoors.base.ui.PublicLayout;
import org.opendoors.event.EventSignup;
import org.opendoors.event.SignupService;
import org.opendoors.security.InvalidLinkException;

/** The cancel link from a sign-up e-mail. Opening it changes nothing; the button cancels. */
@Route(value = "events/cancel/:token", layout = PublicLayout.class, autoLayout = false)
@PageTitle("Cancel your place – Open Doors")
@AnonymousAllowed
class CancelSignupView extends Div implements BeforeEnterObserver {

    private final SignupService signups;

    CancelSignupView(SignupService signups) {
        this.signups = signups;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String token = event.getRouteParameters().get("token").orElse("");
        LinkLanding.show(this, InvalidLinkException.class, () -> {
            EventSignup signup = signups.checkCancelLink(token);
            Button cancel = new Button("Yes, cancel my place", e -> cancel(token));
            cancel.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
            return new Component[] {new H1("Cancel your place?"), new Paragraph("Reference " + SignupService.reference(signup)
                    + ". Your place will go to the next person on the waiting list."), cancel};
        }, new Anchor("events", "See upcoming events"));
    }

    private void cancel(String token) {
        LinkLanding.show(this, InvalidLinkException.class, () -> {
            signups.cancelByLink(token);
            return new Component[] {new H1("Your place is cancelled"), new Paragraph("Thank you for letting us know."),
                    new Anchor("events", "See other events")};
        }, new Anchor("events", "See upcoming events"));
    }

}
