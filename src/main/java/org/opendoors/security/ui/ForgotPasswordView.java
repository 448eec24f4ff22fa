package org.opendoors.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.opendoors.base.FieldValidationException;
import org.opendoors.base.ui.FieldErrors;
import org.opendoors.base.ui.PublicLayout;
import org.opendoors.security.PasswordLinkPurpose;
import org.opendoors.security.PasswordResetService;
import org.opendoors.security.TooManyRequestsException;

/** "Forgot your password?": one question, then the same answer whether or not the address has an account. */
@Route(value = "forgot-password", layout = PublicLayout.class, autoLayout = false)
@PageTitle("Reset your password – Open Doors")
@AnonymousAllowed
class ForgotPasswordView extends Div {

    final EmailField email = new EmailField("E-mail address");
    final Button send = new Button("Send the link");

    ForgotPasswordView(PasswordResetService resets) {
        addClassName("form-page");
        email.setHelperText("The address you sign in with");
        email.setWidthFull();
        email.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.EMAIL);
        FieldErrors errors = new FieldErrors().bind("email", email);
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(click -> {
            errors.clear();
            try {
                resets.requestLink(email.getValue(), VaadinRequest.getCurrent().getRemoteAddr());
                showLinkSent(email.getValue().trim());
            } catch (FieldValidationException problem) {
                errors.show(problem);
            } catch (TooManyRequestsException tooMany) {
                email.setErrorMessage(tooMany.getMessage());
                email.setInvalid(true);
                email.focus();
            }
        });
        add(new H1("Reset your password"),
                new Paragraph("Enter the e-mail address you use to sign in. We will send you a link to choose a new password."),
                email, send);
    }

    private void showLinkSent(String address) {
        removeAll();
        add(new H1("Check your e-mail"),
                new Paragraph("If an account exists for " + address + ", we have sent a link to reset its password."),
                new Paragraph("The link works once, within " + PasswordLinkPurpose.RESET.lifetime().toHours()
                        + " hour. If no e-mail arrives in a few minutes, check your spam folder or ask for another link."),
                new Anchor("forgot-password", "Ask for another link"), new Paragraph(new Anchor("login", "Back to sign in")));
    }
}
