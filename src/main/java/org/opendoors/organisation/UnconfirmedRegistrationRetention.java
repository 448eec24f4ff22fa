package org.opendoors.organisation;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import org.opendoors.privacy.RetentionKind;
import org.opendoors.privacy.RetentionRule;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Registrations whose e-mail address was never confirmed are deleted, with their audit copies, once past their period. */
@Component
class UnconfirmedRegistrationRetention implements RetentionRule {

    private final EntityManager entityManager;

    UnconfirmedRegistrationRetention(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public RetentionKind kind() {
        return RetentionKind.UNCONFIRMED_REGISTRATIONS;
    }

    @Override
    @Transactional
    public int apply(LocalDate cutoff) {
        return RetentionDeletes.withAuditCopies(entityManager, "employer_registration",
                "t.verified_at is null and t.created_at < :before", "before", RetentionRule.endOf(cutoff));
    }
}
