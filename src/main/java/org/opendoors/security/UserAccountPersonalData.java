package org.opendoors.security;

import static org.opendoors.base.personal.PersonalTable.ERASED_EMAIL;
import static org.opendoors.base.personal.PersonalTable.ERASED_NAME;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.opendoors.base.personal.Erased;
import org.opendoors.base.personal.PersonalTable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * User accounts. An erased account is disabled, its password replaced by one nobody knows and its sessions ended
 * at their next request ({@link SessionPolicy}), so it can never sign in again; its roles and organisation stay.
 */
@Component
class UserAccountPersonalData extends PersonalTable {

    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    UserAccountPersonalData(JdbcTemplate jdbc, PasswordEncoder passwordEncoder, Clock clock) {
        super(jdbc, new Spec("User accounts", "user_account", "email", "display_name",
                List.of("id", "email", "display_name", "organisation_id", "enabled", "must_change_password",
                        "password_changed_at", "(select group_concat(r.role order by r.role separator ', ')"
                                + " from user_account_role r where r.user_account_id = id) as roles"),
                Map.of("display_name", ERASED_NAME, "email", ERASED_EMAIL), true));
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Override
    public Erased erase(String email) {
        // Hibernate keeps instants in UTC (hibernate.jdbc.time_zone)
        jdbc.update("update user_account set enabled = false, password_hash = ?, sessions_valid_from = ? where email = ?",
                passwordEncoder.encode(OneTimeTokens.newToken()), LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC),
                email);
        return super.erase(email);
    }
}
