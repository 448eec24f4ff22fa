package org.opendoors.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.opendoors.base.ui.LinkLanding;
import org.opendoors.base.FieldValidationException;
import org.opendoors.base.ui.FieldErrors;
import org.opendoors.base.ui.PublicLayout;
import org.opendoors.security.InvalidLinkException;
import org.opendoors.security.PasswordLinkPurpose;
import org.opendoors.security.PasswordPolicy;
import org.opendoors.security.UserAccountService;

/**
 * Choosing a password from a link in an e-mail: an invited colleague's first password, or a new one after "Forgot
 * your password?".
 */
@Route(value = "set-password/:token", layout = PublicLayout.class, autoLayout = false)
@RouteAlias(value = "reset-password/:token", layout = PublicLayout.class, autoLayout = false)
@PageTitle("Choose a password – Open Doors")
@AnonymousAllowed
class SetPasswordView extends Div implements BeforeEnterObserver {

    private final UserAccountService accounts;
    final PasswordField password = new PasswordField("Create a password");
    final PasswordField passwordAgain = new PasswordField("Type the password again");

    SetPasswordView(UserAccountService accounts) {
        this.accounts = accounts;
        addClassName("form-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        LinkLanding.show(this, InvalidLinkException.class, () -> form(token, accounts.checkPasswordLink(token)),
                new Anchor("forgot-password", "Ask for a new link"), new Anchor("login", "Sign in"));
    }

    private Component[] form(String token, PasswordLinkPurpose purpose) {
        boolean reset = purpose == PasswordLinkPurpose.RESET;
        password.setHelperText("At least " + PasswordPolicy.MIN_LENGTH + " characters. Three random words together make a strong password.");
        password.setWidthFull();
        passwordAgain.setWidthFull();
        FieldErrors errors = new FieldErrors().bind("password", password).bind("passwordAgain", passwordAgain);
        Button save = new Button("Save password", e -> {
            try {
                errors.clear();
                accounts.setPasswordWithLink(token, password.getValue(), passwordAgain.getValue());
                removeAll();
                add(reset ? new H1("Your password has been changed") : new H1("Your password is saved"),
                        new Paragraph(reset
                                ? "We have sent you an e-mail to confirm it. If you were signed in anywhere else, you have been signed out there."
                                : "You can now sign in with your e-mail address."),
                        new Anchor("login", "Sign in"));
            } catch (FieldValidationException problem) {
                errors.show(problem);
            } catch (InvalidLinkException problem) {
                FieldErrors.showProblem(problem.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new Component[] {new H1(reset ? "Choose a new password" : "Choose your password"), password, passwordAgain, save};
    }
}
