package org.opendoors.admin.ui;

import org.opendoors.base.ui.CsvDownload;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import org.opendoors.security.AppRoles;
import org.opendoors.security.Role;
import org.opendoors.security.UserAccount;
import org.opendoors.security.UserAccountService;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

@Route("admin/users")
@PageTitle("Users – Open Doors")
@Menu(title = "Users", order = 91)
@RolesAllowed(AppRoles.ADMIN)
@AccessDeniedErrorRouter
class UserListView extends Div {

    final TextField search = new TextField("Search by name or e-mail");
    final Grid<UserAccount> grid = new Grid<>(UserAccount.class, false);

    UserListView(UserAccountService accounts) {
        Button add = new Button("Add a user", e -> getUI().ifPresent(ui -> ui.navigate(NewUserView.class)));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        HorizontalLayout tools = new HorizontalLayout(search, add);
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);

        grid.addComponentColumn(u -> new RouterLink(u.getDisplayName(), UserView.class, new RouteParameters("userId", String.valueOf(u.getId()))))
                .setHeader("Name").setKey("displayName").setSortable(true);
        grid.addColumn(UserAccount::getEmail).setHeader("E-mail").setKey("email").setSortable(true);
        grid.addColumn(u -> u.getRoles().stream().map(Role::label).collect(Collectors.joining(", "))).setHeader("Roles");
        grid.addColumn(u -> u.isEnabled() ? "Active" : "Disabled").setHeader("Status");
        grid.setItemsPageable(pageable -> accounts.search(search.getValue(),
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                        pageable.getSort().isSorted() ? pageable.getSort() : Sort.by("displayName"))).getContent());
        grid.setAriaLabel("Users");
        add(new H1("Users"), tools, grid, new Div(new CsvDownload("these users", "users.csv", out -> accounts.csv(search.getValue(), out))));
    }
}
