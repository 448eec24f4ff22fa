package org.opendoors.security;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.opendoors.base.ui.MainLayout;
import org.springframework.stereotype.Component;

/** Someone signed in with a temporary password goes nowhere but "change your password". */
@Component
class MustChangePasswordGuard implements VaadinServiceInitListener {

    private final CurrentUser currentUser;

    MustChangePasswordGuard(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::redirectIfTemporaryPassword));
    }

    private void redirectIfTemporaryPassword(BeforeEnterEvent event) {
        boolean mustChange = currentUser.get().map(AccountPrincipal::mustChangePassword).orElse(false);
        if (mustChange && !event.getLocation().getPath().equals(MainLayout.CHANGE_PASSWORD_ROUTE)) {
            event.forwardTo(MainLayout.CHANGE_PASSWORD_ROUTE);
        }
    }
}
