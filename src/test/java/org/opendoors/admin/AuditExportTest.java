package org.opendoors.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.opendoors.SpringTest;
import org.opendoors.TestOrganisations;
import org.opendoors.base.csv.CsvRecords;
import org.opendoors.security.Role;
import org.opendoors.security.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

/** The audit trail's CSV holds every revision the trail lists, with the same who and what. */
class AuditExportTest extends SpringTest {

    @Autowired
    AuditTrailService audit;

    @Autowired
    TestOrganisations organisations;

    @Autowired
    TestUsers users;

    @Test
    void every_revision_on_the_trail_s_first_page_is_in_the_file_with_the_same_details() {
        String admin = users.create(Role.ADMIN);
        long organisationId = organisations.create("Audited Ltd " + System.nanoTime());

        List<AuditEntry> listed = users.runAs(admin, () -> audit.page(0, 25));
        long before = users.runAs(admin, audit::count);
        List<CSVRecord> records = users.runAs(admin, () -> CsvRecords.read(audit::csv));
        long after = users.runAs(admin, audit::count);
        Map<String, CSVRecord> byRevision = records.stream().collect(Collectors.toMap(r -> r.get("Revision"), Function.identity()));

        assertThat((long) records.size()).as("every revision, while background jobs may add some").isBetween(before, after);
        assertThat(listed).isNotEmpty().allSatisfy(entry -> {
            CSVRecord row = byRevision.get(String.valueOf(entry.revision()));
            assertThat(row).as("revision %d", entry.revision()).isNotNull();
            assertThat(row.get("Who")).isEqualTo(entry.username() == null ? "" : entry.username());
            assertThat(row.get("What changed")).isEqualTo(entry.changes());
        });
        assertThat(listed).extracting(AuditEntry::changes).anyMatch(c -> c.contains("Organisation #" + organisationId + " created"));
    }
}
