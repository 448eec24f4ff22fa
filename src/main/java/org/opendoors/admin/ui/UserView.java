package org.opendoors.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
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
import org.opendoors.security.Role;
import org.opendoors.security.UserAccount;
import org.opendoors.security.UserAccountService;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** An administrator changes a user's roles or disables the account. */
@Route("admin/users/:userId(\\d+)")
@PageTitle("User – Open Doors")
@RolesAllowed(AppRoles.ADMIN)
@AccessDeniedErrorRouter
class UserView extends Div implements BeforeEnterObserver {

    private final UserAccountService accounts;
    private final OrganisationService organisations;
    final H1 heading = new H1();
    final CheckboxGroup<Role> roles = new CheckboxGroup<>("Roles");
    final NamePicker<Organisation> organisation;
    final Checkbox enabled = new Checkbox("Account is active (untick to disable sign-in)");
    final Button save = new Button("Save changes");
    private UserAccount account;

    UserView(UserAccountService accounts, OrganisationService organisations) {
        this.accounts = accounts;
        this.organisations = organisations;
        addClassName("form-page");
        organisation = new NamePicker<>("Organisation", organisations::findByNamePrefix, Organisation::getName);
        organisation.setHelperText("Employer users see only this organisation's data");
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(Role::label);
        roles.addValueChangeListener(e -> organisation.setVisible(e.getValue().contains(Role.EMPLOYER)));
        FieldErrors errors = new FieldErrors().bind("roles", roles).bind("organisation", organisation).bind("enabled", enabled);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            try {
                errors.clear();
                account = accounts.update(account.getId(), account.getVersion(),
                        roles.getValue().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles.getValue()),
                        organisation.getValue() == null ? null : organisation.getValue().getId(), enabled.getValue());
                FieldErrors.showSuccess("Changes to " + account.getEmail() + " saved");
            } catch (FieldValidationException problem) {
                errors.show(problem);
            } catch (ObjectOptimisticLockingFailureException stale) {
                FieldErrors.showProblem("Someone else changed this user while you were editing. "
                        + "Your changes were not saved: reload the page to see theirs, then make yours again.");
            }
        });
        Button back = new Button("Back to users", e -> getUI().ifPresent(ui -> ui.navigate(UserListView.class)));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(heading, roles, organisation, enabled, new HorizontalLayout(save, back));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("userId").orElseThrow(NotFoundException::new);
        account = accounts.find(id).orElseThrow(NotFoundException::new);
        heading.setText(account.getDisplayName());
        addComponentAtIndex(1, new Paragraph(account.getEmail()));
        roles.setValue(account.getRoles());
        organisation.setVisible(account.getRoles().contains(Role.EMPLOYER));
        if (account.getOrganisationId() != null) {
            organisations.find(account.getOrganisationId()).ifPresent(organisation::setValue);
        }
        enabled.setValue(account.isEnabled());
    }
}
