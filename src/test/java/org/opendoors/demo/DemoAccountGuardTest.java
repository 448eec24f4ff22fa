package org.opendoors.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.opendoors.SpringTest;
import org.opendoors.base.SystemTask;
import org.opendoors.security.NewUser;
import org.opendoors.security.UserAccountService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/** The tests run with demo mode off, as a real deployment does. */
class DemoAccountGuardTest extends SpringTest {

    @Autowired
    DemoAccountGuard guard;

    @Autowired
    UserAccountService accounts;

    @Autowired
    AuthenticationProvider signIn;

    @Test
    void with_demo_mode_off_the_demo_accounts_left_in_the_database_cannot_sign_in() {
        DemoAccounts.DemoAccount engagement = DemoAccounts.ALL.get(1);
        DemoAccounts.DemoAccount admin = DemoAccounts.ALL.get(4);
        SystemTask.run(() -> {
            for (DemoAccounts.DemoAccount demo : new DemoAccounts.DemoAccount[] {engagement, admin}) {
                accounts.create(new NewUser(demo.name(), demo.email(), EnumSet.of(demo.role()), null, DemoAccounts.PASSWORD),
                        false);
            }
        });
        assertThat(signIn.authenticate(attempt(engagement.email())).isAuthenticated()).as("before the guard").isTrue();

        guard.run(null); // as at every start

        assertThatThrownBy(() -> signIn.authenticate(attempt(engagement.email()))).isInstanceOf(DisabledException.class);
        assertThatThrownBy(() -> signIn.authenticate(attempt(admin.email()))).isInstanceOf(DisabledException.class);
    }

    private static UsernamePasswordAuthenticationToken attempt(String email) {
        return UsernamePasswordAuthenticationToken.unauthenticated(email, DemoAccounts.PASSWORD);
    }
}
