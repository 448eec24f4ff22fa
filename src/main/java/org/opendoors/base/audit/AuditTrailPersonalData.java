package org.opendoors.base.audit;

import static org.opendoors.base.personal.PersonalTable.ERASED_EMAIL;

import java.util.List;
import java.util.Map;
import org.opendoors.base.personal.PersonalDataHolder;
import org.opendoors.base.personal.PersonalTable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The audit trail names who saved each change by their e-mail address. Erasure replaces the address; the revision,
 * its time and what it changed stay. (The {@code _aud} copies of each module's records are that module's.)
 */
@Configuration
class AuditTrailPersonalData {

    @Bean
    PersonalDataHolder auditTrailHolder(JdbcTemplate jdbc) {
        return new PersonalTable(jdbc, new PersonalTable.Spec("Audit trail", "audit_revision", "username", null,
                List.of("id", "from_unixtime(changed_at / 1000) as changed_at", "username",
                        "(select group_concat(e.entity_name order by e.entity_name separator ', ') from audit_revision_entity e"
                                + " where e.revision_id = audit_revision.id) as records_changed"),
                Map.of("username", ERASED_EMAIL), false));
    }
}
