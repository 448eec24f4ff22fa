package org.opendoors.socialvalue;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import org.opendoors.privacy.RetentionKind;
import org.opendoors.privacy.RetentionRule;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Returns' evidence files are deleted once past their period after the contract ends; the returns' figures stay. */
@Component
class EvidenceFileRetention implements RetentionRule {

    private final EntityManager entityManager;

    EvidenceFileRetention(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public RetentionKind kind() {
        return RetentionKind.EVIDENCE_FILES;
    }

    @Override
    @Transactional
    public int apply(LocalDate cutoff) {
        return entityManager.createNativeQuery("""
                delete e from evidence_file e
                  join kpi_return r on r.id = e.return_id
                  join contract c on c.id = r.contract_id
                where c.ends_on <= :cutoff""").setParameter("cutoff", cutoff).executeUpdate();
    }
}
