package org.opendoors.admin.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opendoors.KaribuTest;
import org.opendoors.admin.AuditTrailService;
import org.opendoors.security.Role;
import org.opendoors.security.UserAccount;
import org.opendoors.security.UserAccountService;
import org.opendoors.base.SystemTask;
import org.springframework.beans.factory.annotation.Autowired;

class UserAdministrationTest extends KaribuTest {

    @Autowired
    UserAccountService accounts;

    @Test
    void an_administrator_creates_an_engagement_user_who_must_choose_a_password_at_first_sign_in() {
        signIn(users.create(Role.ADMIN));
        navigate("admin/users/new");
        String email = "new.engagement." + System.nanoTime() + "@council.example";
        fillIn("Riya Engagement", email, Role.ENGAGEMENT, "Temporary-Lighthouse-9");
        _click(_get(Button.class, spec -> spec.withText("Create user")));

        _assertOne(UserListView.class);
        @SuppressWarnings("unchecked")
        Grid<UserAccount> grid = _get(Grid.class);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Search by name or e-mail")), email);
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).getRoles()).containsExactly(Role.ENGAGEMENT);

        signOut();
        signIn(email);
        navigate("home");
        _assertOne(PasswordField.class, spec -> spec.withLabel("Current password"));
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Current password")), "Temporary-Lighthouse-9");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("New password")), "Orange-Kettle-Meadow-3");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Type the new password again")), "Orange-Kettle-Meadow-3");
        _click(_get(Button.class, spec -> spec.withText("Change password")));

        navigate("home");
        assertThat(_get(H1.class).getText()).isEqualTo("Employer engagement");
    }

    @Test
    void a_weak_password_is_refused_next_to_the_field_and_nothing_typed_is_lost() {
        signIn(users.create(Role.ADMIN));
        navigate("admin/users/new");
        String email = "weak." + System.nanoTime() + "@council.example";
        fillIn("Weak Password", email, Role.ADVISER, "password1234");
        _click(_get(Button.class, spec -> spec.withText("Create user")));

        PasswordField password = _get(PasswordField.class, spec -> spec.withLabel("Temporary password"));
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).contains("too common");
        assertThat(_get(EmailField.class, spec -> spec.withLabel("E-mail address")).getValue()).isEqualTo(email);
        assertThat(_get(TextField.class, spec -> spec.withLabel("Full name")).getValue()).isEqualTo("Weak Password");
        assertThat(accounts.exists(email)).isFalse();

        _setValue(password, "short");
        _click(_get(Button.class, spec -> spec.withText("Create user")));
        assertThat(password.getErrorMessage()).isEqualTo("Password must be at least 12 characters long");
    }

    @Test
    void a_duplicate_e_mail_address_is_refused_and_the_existing_user_is_unchanged() {
        String existing = users.create(Role.ADVISER);
        signIn(users.create(Role.ADMIN));
        navigate("admin/users/new");
        fillIn("Someone Else", existing.toUpperCase(), Role.ADMIN, "Another-Long-Password-5");
        _click(_get(Button.class, spec -> spec.withText("Create user")));

        EmailField email = _get(EmailField.class, spec -> spec.withLabel("E-mail address"));
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("A user with this e-mail address already exists");
        assertThat(users.principal(existing).roles()).containsExactly(Role.ADVISER);
    }

    @Test
    void an_administrator_disables_a_user_and_the_change_is_in_the_audit_trail() {
        String adviser = users.create(Role.ADVISER);
        String admin = users.create(Role.ADMIN);
        signIn(admin);
        long id = users.principal(adviser).id();
        navigate("admin/users/" + id);
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Account is active (untick to disable sign-in)")), false);
        _click(_get(Button.class, spec -> spec.withText("Save changes")));

        assertThat(users.principal(adviser).isEnabled()).isFalse();
        AuditTrailService audit = context.getBean(AuditTrailService.class);
        assertThat(audit.page(0, 5)).anySatisfy(entry -> {
            assertThat(entry.username()).isEqualTo(admin);
            assertThat(entry.changes()).contains("UserAccount #" + id + " changed");
        });
    }

    @Test
    void a_stale_edit_does_not_overwrite_a_newer_change() {
        String adviser = users.create(Role.ADVISER);
        signIn(users.create(Role.ADMIN));
        long id = users.principal(adviser).id();
        navigate("admin/users/" + id);
        // someone else saves first
        SystemTask.run(() -> {
            UserAccount fresh = accounts.find(id).orElseThrow();
            accounts.update(id, fresh.getVersion(), Set.of(Role.ADVISER, Role.ENGAGEMENT), null, true);
        });
        @SuppressWarnings("unchecked")
        CheckboxGroup<Role> roles = _get(CheckboxGroup.class, spec -> spec.withLabel("Roles"));
        _setValue(roles, Set.of(Role.PROCUREMENT));
        _click(_get(Button.class, spec -> spec.withText("Save changes")));

        assertThat(users.principal(adviser).roles()).containsExactlyInAnyOrder(Role.ADVISER, Role.ENGAGEMENT);
    }

    private static void fillIn(String name, String email, Role role, String password) {
        _setValue(_get(TextField.class, spec -> spec.withLabel("Full name")), name);
        _setValue(_get(EmailField.class, spec -> spec.withLabel("E-mail address")), email);
        @SuppressWarnings("unchecked")
        CheckboxGroup<Role> roles = _get(CheckboxGroup.class, spec -> spec.withLabel("Roles"));
        _setValue(roles, Set.of(role));
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Temporary password")), password);
    }
}
