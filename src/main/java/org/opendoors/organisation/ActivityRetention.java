package org.opendoors.organisation;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import org.opendoors.privacy.RetentionKind;
import org.opendoors.privacy.RetentionRule;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** CRM activities are deleted, with their audit copies, once past their period counted from the day they happened. */
@Component
class ActivityRetention implements RetentionRule {

    private final EntityManager entityManager;

    ActivityRetention(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public RetentionKind kind() {
        return RetentionKind.CRM_ACTIVITIES;
    }

    @Override
    @Transactional
    public int apply(LocalDate cutoff) {
        return RetentionDeletes.withAuditCopies(entityManager, "activity", "t.occurred_on <= :cutoff", "cutoff", cutoff);
    }
}
