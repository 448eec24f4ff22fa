package org.opendoors.admin;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.junit.jupiter.api.Test;
import org.opendoors.SpringTest;
import org.opendoors.TestOrganisations;
import org.opendoors.base.AbstractEntity;
import org.opendoors.security.Role;
import org.opendoors.security.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** A page of the audit trail, read in one statement, says what Envers' own reader says about each revision. */
class AuditTrailTest extends SpringTest {

    @Autowired
    AuditTrailService audit;

    @Autowired
    TestOrganisations organisations;

    @Autowired
    TestUsers users;

    @Autowired
    EntityManager entityManager;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void each_revision_lists_every_entity_it_created_changed_or_deleted_as_envers_reads_it() {
        String admin = users.create(Role.ADMIN);
        long organisationId = organisations.create("Audit Trail Ltd " + System.nanoTime());

        List<AuditEntry> page = users.runAs(admin, () -> audit.page(0, 40));

        assertThat(page).extracting(AuditEntry::revision).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(page).extracting(AuditEntry::changes).anyMatch(c -> c.contains("Organisation #" + organisationId + " created"));
        assertThat(page).allSatisfy(entry -> assertThat(sorted(entry.changes())).as("revision %d", entry.revision())
                .isEqualTo(sorted(enversChanges(entry.revision()))));
        assertThat(users.runAs(admin, () -> audit.page(1, 2))).containsExactlyElementsOf(page.subList(1, 3));
    }

    private String enversChanges(long revision) {
        return transactions.execute(status -> {
            List<String> described = new ArrayList<>();
            var reader = AuditReaderFactory.get(entityManager).getCrossTypeRevisionChangesReader();
            for (Map.Entry<RevisionType, List<Object>> byType : reader.findEntitiesGroupByRevisionType(revision).entrySet()) {
                for (Object entity : byType.getValue()) {
                    described.add(entity.getClass().getSimpleName() + " #" + ((AbstractEntity) entity).getId() + " "
                            + switch (byType.getKey()) {
                                case ADD -> "created";
                                case MOD -> "changed";
                                case DEL -> "deleted";
                            });
                }
            }
            return String.join("; ", described);
        });
    }

    private static List<String> sorted(String changes) {
        return changes.isEmpty() ? List.of() : Arrays.stream(changes.split("; ")).sorted().toList();
    }
}
