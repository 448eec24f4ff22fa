package org.opendoors.security;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Anonymises accounts that have been disabled since before a cut-off: name and e-mail address are replaced, in the
 * live table and in its audit copies, and the password can match nothing, so the account can never sign in again.
 * The row stays (with its roles and organisation), so figures and the audit trail's shape are unchanged. Called by
 * the privacy module's retention job.
 */
@Component
public class DisabledAccountRetention {

    static final String REMOVED_NAME = "Removed user";

    private final EntityManager entityManager;
    private final Clock clock;

    DisabledAccountRetention(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Anonymises accounts still disabled, disabled before {@code before} and not yet anonymised; returns how many. */
    @Transactional
    public int anonymiseDisabledBefore(Instant before) {
        @SuppressWarnings("unchecked")
        List<Number> ids = entityManager.createNativeQuery("""
                select id from user_account
                where enabled = false and disabled_at < :before and anonymised_at is null""")
                .setParameter("before", before).getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        List<Long> accountIds = ids.stream().map(Number::longValue).toList();
        Instant now = clock.instant();
        entityManager.createNativeQuery("""
                update user_account set display_name = :name, email = concat('removed-', id, '@removed.invalid'),
                  password_hash = '!', sessions_valid_from = :now, anonymised_at = :now
                where id in (:ids)""")
                .setParameter("name", REMOVED_NAME).setParameter("now", now).setParameter("ids", accountIds)
                .executeUpdate();
        entityManager.createNativeQuery("""
                update user_account_aud set display_name = :name, email = concat('removed-', id, '@removed.invalid')
                where id in (:ids)""")
                .setParameter("name", REMOVED_NAME).setParameter("ids", accountIds).executeUpdate();
        return accountIds.size();
    }
}
