package org.opendoors.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;
import org.opendoors.SpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** The real sign-in provider (BCrypt, database, Bucket4j) as the form login calls it. */
class SignInThrottleTest extends SpringTest {

    @Autowired
    AuthenticationProvider signIn;

    @Autowired
    TestUsers users;

    @Test
    void the_right_password_signs_in_and_the_session_holds_no_password_hash() {
        String email = users.create(Role.ADVISER);
        Authentication result = signIn.authenticate(attempt(email, TestUsers.PASSWORD, "10.0.0.1"));
        AccountPrincipal principal = (AccountPrincipal) result.getPrincipal();
        assertThat(principal.email()).isEqualTo(email);
        assertThat(principal.getPassword()).isNull();
        assertThat(result.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_ADVISER");
    }

    @Test
    void after_five_wrong_passwords_the_account_is_paused_even_for_the_right_one() {
        String email = users.create(Role.ENGAGEMENT);
        for (int i = 0; i < 5; i++) {
            String address = "10.0.1." + i; // different addresses: it is the account's own limit
            assertThatThrownBy(() -> signIn.authenticate(attempt(email, "Wrong-Password-Guess", address)))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> signIn.authenticate(attempt(email, TestUsers.PASSWORD, "10.0.1.99")))
                .isInstanceOf(LoginThrottledException.class)
                .satisfies(e -> assertThat(((LoginThrottledException) e).retryAfterMinutes()).isBetween(1L, 4L));
    }

    @Test
    void one_address_guessing_many_accounts_is_paused() {
        String victim = users.create(Role.ADVISER);
        for (int i = 0; i < 20; i++) {
            String account = "nobody" + i + "@guess.example";
            assertThatThrownBy(() -> signIn.authenticate(attempt(account, "Wrong-Password-Guess", "10.0.2.1")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> signIn.authenticate(attempt(victim, TestUsers.PASSWORD, "10.0.2.1")))
                .isInstanceOf(LoginThrottledException.class);
        // the same account from another address still signs in
        assertThat(signIn.authenticate(attempt(victim, TestUsers.PASSWORD, "10.0.2.2")).isAuthenticated()).isTrue();
    }

    @Test
    void a_disabled_account_cannot_sign_in() {
        String email = users.create(Role.ADVISER);
        org.opendoors.base.SystemTask.run(() -> {
            var service = users.service();
            var account = service.find(users.principal(email).id()).orElseThrow();
            service.update(account.getId(), account.getVersion(), account.getRoles(), null, false);
        });
        assertThatThrownBy(() -> signIn.authenticate(attempt(email, TestUsers.PASSWORD, "10.0.3.1")))
                .isInstanceOf(org.springframework.security.authentication.DisabledException.class);
    }

    private static UsernamePasswordAuthenticationToken attempt(String email, String password, String address) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(email, password);
        token.setDetails(new WebAuthenticationDetails((HttpServletRequest) request));
        return token;
    }
}
