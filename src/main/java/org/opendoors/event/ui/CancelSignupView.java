package org.opendoors.event.ui;

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
        try {
            EventSignup signup = signups.checkCancelLink(token);
            Button cancel = new Button("Yes, cancel my place", e -> cancel(token));
            cancel.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
            add(new H1("Cancel your place?"), new Paragraph("Reference " + SignupService.reference(signup)
                    + ". Your place will go to the next person on the waiting list."), cancel);
        } catch (InvalidLinkException problem) {
            problem(problem);
        }
    }

    private void cancel(String token) {
        removeAll();
        try {
            signups.cancelByLink(token);
            add(new H1("Your place is cancelled"), new Paragraph("Thank you for letting us know."), new Anchor("events", "See other events"));
        } catch (InvalidLinkException problem) {
            problem(problem);
        }
    }

    private void problem(InvalidLinkException problem) {
        add(new H1("This link cannot be used"), new Paragraph(problem.getMessage()), new Anchor("events", "See upcoming events"));
    }
}
