package org.opendoors.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.opendoors.base.FieldValidationException;
import org.opendoors.base.ui.FieldErrors;
import org.opendoors.base.ui.MainLayout;
import org.opendoors.security.CurrentUser;
import org.opendoors.security.PasswordPolicy;
import org.opendoors.security.UserAccountService;

@Route(MainLayout.CHANGE_PASSWORD_ROUTE)
@PageTitle("Change your password – Open Doors")
@PermitAll
class ChangePasswordView extends Div {

    final PasswordField current = new PasswordField("Current password");
    final PasswordField password = new PasswordField("New password");
    final PasswordField confirm = new PasswordField("Type the new password again");
    final Button save = new Button("Change password");

    ChangePasswordView(UserAccountService accounts, CurrentUser currentUser) {
        addClassName("form-page");
        boolean mustChange = currentUser.get().map(p -> p.mustChangePassword()).orElse(false);
        add(new H1("Change your password"));
        if (mustChange) {
            add(new Paragraph("You signed in with a temporary password. Choose your own before you continue."));
        }
        password.setHelperText("At least " + PasswordPolicy.MIN_LENGTH
                + " characters. A good way to make a strong password is three random words together.");
        for (PasswordField field : new PasswordField[] {current, password, confirm}) {
            field.setWidthFull();
            field.setRequiredIndicatorVisible(true);
            field.setAutocomplete(field == current
                    ? com.vaadin.flow.component.textfield.Autocomplete.CURRENT_PASSWORD
                    : com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        }
        FieldErrors errors = new FieldErrors().bind("currentPassword", current).bind("password", password).bind("confirm", confirm);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(e -> {
            try {
                if (!password.getValue().equals(confirm.getValue())) {
                    throw new FieldValidationException("confirm", "The two new passwords do not match");
                }
                accounts.changeOwnPassword(current.getValue(), password.getValue());
                FieldErrors.showSuccess("Your password has been changed");
                getUI().ifPresent(ui -> ui.navigate("home"));
            } catch (FieldValidationException problem) {
                errors.show(problem);
            }
        });
        add(current, password, confirm, save, new H2("Your data"),
                new Anchor(MainLayout.YOUR_DATA_ROUTE, "Download everything Open Doors holds about you"));
    }
}
