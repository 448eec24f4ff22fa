package org.opendoors.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opendoors.SpringTest;
import org.opendoors.TestEmployers;
import org.opendoors.base.SystemTask;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A session ends at its next request when the account's access changes after it signed in: disabled, a role
 * removed, moved to another organisation, password changed elsewhere or reset; and after 12 hours in any case.
 */
class SessionRevocationTest extends SpringTest {

    @Autowired
    SessionPolicy policy;

    @Autowired
    TestUsers users;

    @Autowired
    TestEmployers employers;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_session_goes_on_while_nothing_changes() throws Exception {
        AccountPrincipal session = signedIn(users.create(Role.ADVISER));
        clock.travel(Duration.ofHours(11));
        assertThat(survivesNextRequest(session)).isTrue();
    }

    @Test
    void a_session_ends_after_its_absolute_lifetime_however_active() throws Exception {
        AccountPrincipal session = signedIn(users.create(Role.ADVISER));
        clock.travel(Duration.ofHours(12).plusMinutes(1));
        assertThat(survivesNextRequest(session)).isFalse();
    }

    @Test
    void disabling_an_account_ends_its_sessions() throws Exception {
        String email = users.create(Role.ADVISER);
        AccountPrincipal session = signedIn(email);
        change(email, Set.of(Role.ADVISER), null, false);
        assertThat(survivesNextRequest(session)).isFalse();
    }

    @Test
    void removing_a_role_ends_the_sessions_but_an_unchanged_save_does_not() throws Exception {
        String email = users.create(Role.ADVISER, Role.ENGAGEMENT);
        AccountPrincipal session = signedIn(email);
        change(email, Set.of(Role.ADVISER, Role.ENGAGEMENT), null, true);
        assertThat(survivesNextRequest(session)).as("nothing changed").isTrue();
        change(email, Set.of(Role.ADVISER), null, true);
        assertThat(survivesNextRequest(session)).isFalse();
    }

    @Test
    void moving_an_employer_to_another_organisation_ends_their_sessions() throws Exception {
        TestEmployers.Employer first = employers.register(false);
        TestEmployers.Employer second = employers.register(false);
        AccountPrincipal session = signedIn(first.email());
        clock.travel(Duration.ofSeconds(1)); // the move comes after the sign-in
        SystemTask.run(() -> users.service().moveEmployers(first.organisationId(), second.organisationId()));
        assertThat(survivesNextRequest(session)).isFalse();
    }

    @Test
    void changing_your_own_password_keeps_this_session_and_ends_the_others() throws Exception {
        String email = users.create(Role.ENGAGEMENT);
        AccountPrincipal elsewhere = signedIn(email);
        AccountPrincipal here = signedIn(email);
        clock.travel(Duration.ofSeconds(1));
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(here, null, here.getAuthorities()));
        users.service().changeOwnPassword(TestUsers.PASSWORD, "Brighter-Morning-Harbour-3");
        AccountPrincipal hereAfterwards = (AccountPrincipal) SecurityContextHolder.getContext().getAuthentication().getPrincipal();
        assertThat(survivesNextRequest(hereAfterwards)).isTrue();
        assertThat(survivesNextRequest(elsewhere)).isFalse();
    }

    private AccountPrincipal signedIn(String email) {
        return users.principal(email).signedInAt(clock.instant());
    }

    private void change(String email, Set<Role> roles, Long organisationId, boolean enabled) {
        clock.travel(Duration.ofSeconds(1));
        SystemTask.run(() -> {
            UserAccount account = users.service().find(users.principal(email).id()).orElseThrow();
            users.service().update(account.getId(), account.getVersion(), EnumSet.copyOf(roles), organisationId, enabled);
        });
    }

    /** One request through the filter with this principal in its session: is the session still valid afterwards? */
    private boolean survivesNextRequest(AccountPrincipal principal) throws Exception {
        MockHttpSession session = new MockHttpSession();
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/home");
        request.setSession(session);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        new SessionRevocationFilter(policy).doFilter(request, new MockHttpServletResponse(), (req, res) -> { });
        boolean survived = !session.isInvalid();
        assertThat(SecurityContextHolder.getContext().getAuthentication() != null).isEqualTo(survived);
        SecurityContextHolder.clearContext();
        return survived;
    }
}
