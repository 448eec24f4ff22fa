package org.opendoors.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendoors.SpringTest;
import org.opendoors.base.SystemTask;
import org.springframework.beans.factory.annotation.Autowired;

class OrganisationImportTest extends SpringTest {

    @Autowired
    OrganisationImportService imports;

    @Autowired
    OrganisationService organisations;

    @Test
    void the_preview_explains_each_bad_row_the_import_takes_the_good_ones_and_a_second_import_adds_nothing() {
        String suffix = String.valueOf(System.nanoTime());
        String csv = """
                name,type,sector,size_band,postcode,area,website,companies_house_number,status,contact_name,contact_job_title,contact_email,contact_phone
                Cliff Top Garage %1$s,business,Motor trade,small,ss2 5ab,East,,,engaged,Ann Lee,Manager,ann@clifftop%1$s.example,01632 960002
                "Smith, Jones & Co %1$s",business,Accountancy,micro,SS1 1AA,Central,,,prospect,Raj Smith,Partner,raj@smithjones%1$s.example,
                Bad Postcode %1$s,business,Retail,small,NOT A POSTCODE,East,,,,,,,
                ,charity,Care,small,SS1 1AA,East,,,,,,,
                Bad Number %1$s,business,Retail,small,SS1 1AA,East,,12AB,,,,,
                Unknown Area %1$s,business,Retail,small,SS1 1AA,Atlantis,,,,,,,
                """.formatted(suffix);

        List<ImportRow> preview = SystemTask.run(() -> imports.preview(csv));
        assertThat(preview).hasSize(6);
        assertThat(preview.get(0).isImportable()).isTrue();
        assertThat(preview.get(1).organisationName()).isEqualTo("Smith, Jones & Co " + suffix);
        assertThat(preview.get(2).error()).contains("postcode 'NOT A POSTCODE' is not a UK postcode");
        assertThat(preview.get(2).line()).isEqualTo(4);
        assertThat(preview.get(3).error()).isEqualTo("name is missing");
        assertThat(preview.get(4).error()).contains("companies_house_number '12AB'");
        assertThat(preview.get(5).error()).contains("area 'Atlantis' is not one of");
        assertThat(SystemTask.run(() -> organisations.count(filterFor(suffix)))).isZero();

        ImportReport first = SystemTask.run(() -> imports.importRows(csv));
        assertThat(first.organisationsCreated()).isEqualTo(2);
        assertThat(first.contactsCreated()).isEqualTo(2);
        assertThat(first.rejected()).hasSize(4);
        assertThat(SystemTask.run(() -> organisations.count(filterFor(suffix)))).isEqualTo(2);

        ImportReport second = SystemTask.run(() -> imports.importRows(csv));
        assertThat(second.organisationsCreated()).isZero();
        assertThat(second.contactsCreated()).isZero();
        assertThat(second.alreadyPresent()).isEqualTo(2);
        assertThat(SystemTask.run(() -> organisations.count(filterFor(suffix)))).isEqualTo(2);
        assertThat(SystemTask.run(() -> imports.preview(csv)).get(0).alreadyExists()).isTrue();
    }

    private static OrganisationFilter filterFor(String suffix) {
        return new OrganisationFilter(suffix, null, null, null, null, false);
    }
}
