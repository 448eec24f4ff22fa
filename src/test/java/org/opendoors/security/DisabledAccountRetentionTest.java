package org.opendoors.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.opendoors.SpringTest;
import org.opendoors.base.SystemTask;
import org.opendoors.base.TimeConfiguration;
import org.opendoors.privacy.RetentionJob;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * A disabled account is kept as it is for 2 years from the day it was disabled, then anonymised in the live table and
 * its audit copies; it can never sign in again, even if someone enabled it by mistake.
 */
class DisabledAccountRetentionTest extends SpringTest {

    @Autowired
    RetentionJob job;

    @Autowired
    TestUsers users;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    AuthenticationProvider signIn;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_disabled_account_is_kept_two_years_then_anonymised_and_can_never_sign_in() {
        String email = users.create(Role.ADVISER);
        long id = users.principal(email).id();
        String stillEnabled = users.create(Role.ADVISER);
        clock.travel(Duration.ofDays(-1000));
        setEnabled(id, false);
        clock.reset();
        UserAccount disabled = accounts.findById(id).orElseThrow();
        LocalDate disabledOn = disabled.getDisabledAt().atZone(TimeConfiguration.LONDON).toLocalDate();

        job.run(disabledOn.plusYears(2).minusDays(1));
        assertThat(accounts.findById(id).orElseThrow().getEmail()).isEqualTo(email);

        job.run(disabledOn.plusYears(2));
        UserAccount anonymised = accounts.findById(id).orElseThrow();
        assertThat(anonymised.getEmail()).isEqualTo("removed-" + id + "@removed.invalid");
        assertThat(anonymised.getDisplayName()).isEqualTo("Removed user");
        assertThat(anonymised.getRoles()).containsExactly(Role.ADVISER);
        assertThat(jdbc.queryForObject("select count(*) from user_account_aud where id = ? and (email = ? or display_name <> 'Removed user')",
                Long.class, id, email)).isZero();
        assertThat(accounts.findByEmail(stillEnabled)).isPresent();

        setEnabled(id, true); // even enabled again, nothing signs in: the password can match nothing
        assertThatThrownBy(() -> signIn.authenticate(attempt(anonymised.getEmail()))).isInstanceOf(AuthenticationException.class);
        assertThatThrownBy(() -> signIn.authenticate(attempt(email))).isInstanceOf(AuthenticationException.class);
    }

    private void setEnabled(long id, boolean enabled) {
        SystemTask.run(() -> {
            UserAccount account = users.service().find(id).orElseThrow();
            users.service().update(id, account.getVersion(), account.getRoles(), null, enabled);
        });
    }

    private static UsernamePasswordAuthenticationToken attempt(String email) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("10.0.14.1");
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(email, TestUsers.PASSWORD);
        token.setDetails(new WebAuthenticationDetails((HttpServletRequest) request));
        return token;
    }
}
