package org.opendoors.base;

import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs start-up and scheduled work as the "system" user, so it passes the same service-level access
 * checks as a person would and shows up as "system" in the audit trail.
 */
public final class SystemTask {

    public static final String SYSTEM_USER = "system";

    private SystemTask() {
    }

    public static <T> T run(Supplier<T> work) {
        SecurityContext system = SecurityContextHolder.createEmptyContext();
        system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(SYSTEM_USER, null,
                List.of(new SimpleGrantedAuthority("ROLE_ADMIN"), new SimpleGrantedAuthority("ROLE_ENGAGEMENT"))));
        return runAs(system, work);
    }

    public static void run(Runnable work) {
        run(() -> {
            work.run();
            return null;
        });
    }

    /**
     * Runs work under another security context, also inside a UI request. Vaadin's context holder prefers the
     * signed-in user's context kept in the HTTP session over the thread's own, so the Vaadin session is hidden
     * from the thread meanwhile; otherwise the work would silently run as the person at the screen.
     */
    public static <T> T runAs(SecurityContext context, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        VaadinSession session = VaadinSession.getCurrent();
        VaadinSession.setCurrent(null);
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
            VaadinSession.setCurrent(session);
        }
    }
}
