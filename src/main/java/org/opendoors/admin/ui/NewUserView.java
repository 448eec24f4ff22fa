package org.opendoors.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import org.opendoors.base.ui.NamePicker;
import org.opendoors.base.FieldValidationException;
import org.opendoors.base.ui.FieldErrors;
import org.opendoors.organisation.Organisation;
import org.opendoors.organisation.OrganisationService;
import org.opendoors.security.AppRoles;
import org.opendoors.security.NewUser;
import org.opendoors.security.PasswordPolicy;
import org.opendoors.security.Role;
import org.opendoors.security.UserAccount;
import org.opendoors.security.UserAccountService;

@Route("admin/users/new")
@PageTitle("Add a user – Open Doors")
@RolesAllowed(AppRoles.ADMIN)
@AccessDeniedErrorRouter
class NewUserView extends Div {

    final TextField name = new TextField("Full name");
    final EmailField email = new EmailField("E-mail address");
    final CheckboxGroup<Role> roles = new CheckboxGroup<>("Roles");
    final NamePicker<Organisation> organisation;
    final PasswordField password = new PasswordField("Temporary password");
    final Button save = new Button("Create user");

    NewUserView(UserAccountService accounts, OrganisationService organisations) {
        addClassName("form-page");
        organisation = new NamePicker<>("Organisation", organisations::findByNamePrefix, Organisation::getName);
        organisation.setHelperText("Employer users see only this organisation's data");
        name.setMaxLength(UserAccount.NAME_MAX_LENGTH);
        email.setMaxLength(UserAccount.EMAIL_MAX_LENGTH);
        email.setHelperText("They sign in with this address");
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(Role::label);
        organisation.setVisible(false);
        roles.addValueChangeListener(e -> organisation.setVisible(e.getValue().contains(Role.EMPLOYER)));
        password.setHelperText("At least " + PasswordPolicy.MIN_LENGTH
                + " characters. Give it to the person yourself; they choose their own when they first sign in.");
        for (var field : new com.vaadin.flow.component.HasSize[] {name, email, password}) {
            field.setWidthFull();
        }
        FieldErrors errors = new FieldErrors().bind("displayName", name).bind("email", email).bind("roles", roles)
                .bind("organisation", organisation).bind("password", password);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            try {
                errors.clear();
                UserAccount created = accounts.create(new NewUser(name.getValue(), email.getValue(),
                        roles.getValue().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles.getValue()),
                        organisation.isVisible() ? idOf(organisation.getValue()) : null, password.getValue()));
                FieldErrors.showSuccess("User " + created.getEmail() + " created. A welcome e-mail is on its way.");
                getUI().ifPresent(ui -> ui.navigate(UserListView.class));
            } catch (FieldValidationException problem) {
                errors.show(problem);
            }
        });
        Button cancel = new Button("Cancel", e -> getUI().ifPresent(ui -> ui.navigate(UserListView.class)));
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new H1("Add a user"), new Paragraph("All fields are required."),
                name, email, roles, organisation, password, new HorizontalLayout(save, cancel));
    }

    private static Long idOf(Organisation organisation) {
        return organisation == null ? null : organisation.getId();
    }
}
