package org.opendoors.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendoors.SpringTest;
import org.opendoors.base.personal.PersonQuery;
import org.opendoors.base.personal.RecordSet;
import org.opendoors.security.Role;
import org.opendoors.security.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A contact in an uploaded file waiting to be imported is found, exported and erased like anyone else held. */
class StagedImportPersonalDataTest extends SpringTest {

    @Autowired
    OrganisationImportService imports;

    @Autowired
    StagedImportPersonalData staged;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_contact_in_a_waiting_upload_is_found_exported_and_erased_with_the_upload() {
        String suffix = String.valueOf(System.nanoTime());
        String person = "ann@staged" + suffix + ".example";
        String theirs = users.runAs(users.create(Role.ENGAGEMENT), () -> imports.stage("""
                name,sector,area,contact_name,contact_email
                Staged Bakery %s,Retail,East,Ann Lee,%s
                """.formatted(suffix, person.toUpperCase()))).id();
        String others = users.runAs(users.create(Role.ENGAGEMENT), () -> imports.stage("""
                name,sector,area,contact_name,contact_email
                Other Bakery %1$s,Retail,East,Bo Lee,bo@other%1$s.example
                """.formatted(suffix))).id();
        String admin = users.create(Role.ADMIN);

        users.runAs(admin, () -> {
            assertThat(staged.count(PersonQuery.byEmail(person))).isOne();
            assertThat(staged.find(PersonQuery.byEmail(person), 0, 10)).singleElement()
                    .satisfies(match -> assertThat(match.email()).isEqualToIgnoringCase(person));
            RecordSet lines = staged.export(person).getFirst();
            assertThat(lines.rows()).singleElement().satisfies(row -> assertThat(row).contains("Staged Bakery " + suffix));
            assertThat(staged.erase(person).records()).isOne();
            return null;
        });
        assertThat(uploads(List.of(theirs, others))).containsExactly(others);
    }

    private List<String> uploads(List<String> ids) {
        return jdbc.queryForList("select id from import_upload where id in (?, ?)", String.class, ids.toArray());
    }
}
