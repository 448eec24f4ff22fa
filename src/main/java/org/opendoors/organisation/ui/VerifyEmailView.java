package org.opendoors.organisation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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

/**
 * The link in the registration e-mail. Opening it changes nothing (mail systems open links to check them); the button
 * confirms the address and creates the organisation.
 */
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
        String token = event.getRouteParameters().get("token").orElse("");
        LinkLanding.show(this, RegistrationLinkException.class, () -> {
            String organisation = registrations.organisationToRegister(token);
            Button confirm = new Button("Confirm and register", e -> confirm(token));
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            return new Component[] {new H1("Confirm your e-mail address"),
                    new Paragraph("Confirm this is your e-mail address to finish registering " + organisation + "."), confirm};
        }, registerAgain());
    }

    private void confirm(String token) {
        LinkLanding.show(this, RegistrationLinkException.class, () -> {
            registrations.verify(token);
            return new Component[] {new H1("Your organisation is registered"),
                    new Paragraph("Thank you for confirming your e-mail address. You can now sign in and make your pledge."),
                    new Anchor("login", "Sign in")};
        }, registerAgain());
    }

    private static Anchor registerAgain() {
        return new Anchor("register", "Register your organisation");
    }
}
