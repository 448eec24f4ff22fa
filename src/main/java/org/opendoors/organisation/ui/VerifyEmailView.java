package org.opendoors.organisation.ui;

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
import org.opendoors.organisation.RegistrationLinkException;
import org.opendoors.organisation.RegistrationService;

/** The link in the registration e-mail: confirms the address and creates the organisation. */
@Route(value = "verify-email/:token", layout = PublicLayout.class, autoLayout = false)
@PageTitle("Confirm your e-mail address – Open Doors")
@AnonymousAllowed
class VerifyEmailView extends Div implements BeforeEnterObserver {

    private final RegistrationService registrations;

    VerifyEmailView(RegistrationService registrations) {
        this.registrations = registrations;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        LinkLanding.show(this, RegistrationLinkException.class, () -> {
            registrations.verify(event.getRouteParameters().get("token").orElse(""));
            return new Component[] {new H1("Your organisation is registered"),
                    new Paragraph("Thank you for confirming your e-mail address. You can now sign in and make your pledge."),
                    new Anchor("login", "Sign in")};
        }, new Anchor("register", "Register your organisation"));
    }
}
