package org.opendoors.home.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;
import org.opendoors.security.CurrentUser;
import org.opendoors.security.Role;

/** "home" sends each user to the home view of their first role. */
@Route(value = "home", autoLayout = false)
@PermitAll
class HomeView extends Div implements BeforeEnterObserver {

    private final CurrentUser currentUser;

    HomeView(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String route = currentUser.get()
                .flatMap(user -> Arrays.stream(Role.values()).filter(user::hasRole).findFirst())
                .map(Role::homeRoute)
                .orElse("login");
        event.forwardTo(route);
    }
}
