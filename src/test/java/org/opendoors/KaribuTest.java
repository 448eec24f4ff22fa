package org.opendoors;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.opendoors.security.AccountPrincipal;
import org.opendoors.security.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Drives views without a browser, as a user would: sign in as a real account, navigate, type, click.
 * Spring Security's filters do not run in Karibu's fake servlet, so sign-in sets the security context
 * and the fake request's principal and roles, which Vaadin's access control reads.
 */
public abstract class KaribuTest extends SpringTest {

    @Autowired
    protected ApplicationContext context;

    @Autowired
    protected TestUsers users;

    @BeforeEach
    void startVaadin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(TestRoutes.ROUTES, context, UI::new));
    }

    @AfterEach
    void stopVaadin() {
        signOut();
        MockVaadin.tearDown();
    }

    protected AccountPrincipal signIn(String email) {
        AccountPrincipal principal = users.principal(email);
        var authentication = UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        FakeRequest request = fakeRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((user, role) -> principal.roles().stream().anyMatch(r -> r.name().equals(role)));
        return principal;
    }

    protected void signOut() {
        SecurityContextHolder.clearContext();
        if (VaadinServletRequest.getCurrent() != null) {
            FakeRequest request = fakeRequest();
            request.setUserPrincipalInt(null);
            request.setUserInRole((user, role) -> false);
        }
    }

    protected static void navigate(String route) {
        UI.getCurrent().navigate(route);
    }

    private static FakeRequest fakeRequest() {
        return (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
    }
}
