package org.opendoors.organisation;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
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
        @SuppressWarnings("unchecked")
        List<Number> ids = entityManager.createNativeQuery(
                        "select id from employer_registration where verified_at is null and created_at < :before")
                .setParameter("before", RetentionRule.endOf(cutoff)).getResultList();
        return RetentionDeletes.withAuditCopies(entityManager, "employer_registration", ids);
    }
}
