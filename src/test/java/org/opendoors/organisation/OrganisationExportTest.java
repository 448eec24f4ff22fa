package org.opendoors.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendoors.SpringTest;
import org.opendoors.TestEmployers;
import org.opendoors.base.SystemTask;
import org.opendoors.base.csv.CsvRecords;
import org.opendoors.security.Role;
import org.opendoors.security.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;

/** The organisation list's CSV: the rows the list shows for the same filter, and a file the import reads back. */
class OrganisationExportTest extends SpringTest {

    @Autowired
    OrganisationExport export;

    @Autowired
    OrganisationService organisations;

    @Autowired
    OrganisationImportService imports;

    @Autowired
    TestEmployers employers;

    @Autowired
    TestUsers users;

    @Test
    void the_file_holds_exactly_the_rows_the_list_shows_for_the_same_filter() {
        String suffix = String.valueOf(System.nanoTime());
        String sector = "Export sector " + suffix;
        create("=Formula Bakery " + suffix, sector);
        create("Quay Joinery " + suffix, sector);
        create("Other Sector Ltd " + suffix, "Construction");
        OrganisationFilter filter = new OrganisationFilter(suffix, null, sector, null, null, false);
        String engagement = users.create(Role.ENGAGEMENT);

        var records = users.runAs(engagement, () -> CsvRecords.read(out -> export.csv(filter, out)));
        List<Organisation> listed = users.runAs(engagement,
                () -> organisations.search(filter, PageRequest.of(0, 50, Sort.by("id"))));

        assertThat(listed).hasSize(2);
        assertThat(records).extracting(r -> r.get("Name"))
                .containsExactlyElementsOf(listed.stream().map(o -> o.getName().startsWith("=") ? "'" + o.getName() : o.getName()).toList())
                .doesNotContain("Other Sector Ltd " + suffix);
        assertThat(records).extracting(r -> r.get("Sector")).containsOnly(sector);
        assertThat(records.getFirst().isMapped("Size band")).as("plain-English headers").isTrue();
        assertThat(records.getFirst().isMapped("Companies House number")).isTrue();
    }

    @Test
    void an_employer_cannot_download_the_organisation_list() {
        TestEmployers.Employer employer = employers.register(false);
        assertThatThrownBy(() -> users.runAs(employer.email(), () -> {
            export.csv(OrganisationFilter.none(), new ByteArrayOutputStream());
            return null;
        })).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_downloaded_file_imports_again_with_or_without_its_byte_order_mark() {
        String suffix = String.valueOf(System.nanoTime());
        create("Round Trip Cafe " + suffix, "Hospitality");
        String engagement = users.create(Role.ENGAGEMENT);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        users.runAs(engagement, () -> {
            export.csv(new OrganisationFilter(suffix, null, null, null, null, false), bytes);
            return null;
        });
        String withMark = bytes.toString(StandardCharsets.UTF_8);
        assertThat(withMark).startsWith("\uFEFFName,");

        for (String file : List.of(withMark, withMark.substring(1))) {
            List<ImportRow> preview = users.runAs(engagement, () -> imports.preview(file));
            assertThat(preview).singleElement().satisfies(row -> {
                assertThat(row.organisationName()).isEqualTo("Round Trip Cafe " + suffix);
                assertThat(row.error()).isNull();
                assertThat(row.alreadyExists()).isTrue();
            });
        }
    }

    private void create(String name, String sector) {
        SystemTask.run(() -> organisations.create(name, sector, "Central", OrganisationStatus.ENGAGED, false));
    }
}
