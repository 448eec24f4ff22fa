package org.opendoors.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.opendoors.base.FieldValidationException;
import org.opendoors.base.ui.FieldErrors;
import org.opendoors.base.ui.PublicLayout;
import org.opendoors.security.InvalidLinkException;
import org.opendoors.security.PasswordPolicy;
import org.opendoors.security.UserAccountService;

/** An invited colleague chooses their password from the link in their invitation. */
@Route(value = "set-password/:token", layout = PublicLayout.class, autoLayout = false)
@PageTitle("Choose your password – Open Doors")
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
        removeAll();
        String token = event.getRouteParameters().get("token").orElse("");
        try {
            accounts.checkPasswordLink(token);
        } catch (InvalidLinkException problem) {
            add(new H1("This link cannot be used"), new Paragraph(problem.getMessage()), new Anchor("login", "Sign in"));
            return;
        }
        password.setHelperText("At least " + PasswordPolicy.MIN_LENGTH + " characters. Three random words together make a strong password.");
        password.setWidthFull();
        passwordAgain.setWidthFull();
        FieldErrors errors = new FieldErrors().bind("password", password).bind("passwordAgain", passwordAgain);
        Button save = new Button("Save password", e -> {
            try {
                errors.clear();
                accounts.setPasswordWithLink(token, password.getValue(), passwordAgain.getValue());
                removeAll();
                add(new H1("Your password is saved"), new Paragraph("You can now sign in with your e-mail address."),
                        new Anchor("login", "Sign in"));
            } catch (FieldValidationException problem) {
                errors.show(problem);
            } catch (InvalidLinkException problem) {
                FieldErrors.showProblem(problem.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1("Choose your password"), password, passwordAgain, save);
    }
}
