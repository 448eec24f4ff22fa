package org.opendoors.organisation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.opendoors.KaribuTest;
import org.opendoors.base.FieldValidationException;
import org.opendoors.organisation.ImportRow;
import org.opendoors.organisation.OrganisationImportService;
import org.opendoors.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

/** The import preview waits in the database: the page keeps only the upload's id and pages its rows from there. */
class OrganisationImportViewTest extends KaribuTest {

    @Autowired
    OrganisationImportService imports;

    @Test
    void the_preview_and_the_refused_rows_page_from_the_database_and_only_their_uploader_reads_them() {
        String suffix = String.valueOf(System.nanoTime());
        String csv = """
                name,sector,area,contact_name,contact_email
                Staged Bakery %1$s,Retail,East,Ann Lee,ann@staged%1$s.example
                Staged Garage %1$s,Motor trade,Atlantis,,
                Staged Florist %1$s,Retail,Central,,
                """.formatted(suffix);
        String me = users.create(Role.ENGAGEMENT);
        signIn(me);
        navigate("organisations/import");
        OrganisationImportView view = _get(OrganisationImportView.class);

        view.showPreview(csv);

        assertThat(view.preview.getDataProvider().isInMemory()).isFalse();
        assertThat(GridKt._size(view.preview)).isEqualTo(3);
        assertThat(GridKt._get(view.preview, 1).error()).contains("area 'Atlantis' is not one of");
        assertThat(view.importButton.getText()).isEqualTo("Import 2 rows without errors");
        String uploadId = view.uploadId;
        String colleague = users.create(Role.ENGAGEMENT);
        assertThat(users.runAs(colleague, () -> imports.countStagedRows(uploadId, false))).isZero();

        _click(view.importButton);

        @SuppressWarnings("unchecked")
        Grid<ImportRow> refused = _get(view.result, Grid.class);
        assertThat(refused.getDataProvider().isInMemory()).isFalse();
        assertThat(GridKt._size(refused)).isEqualTo(1);
        assertThat(GridKt._get(refused, 0).organisationName()).isEqualTo("Staged Garage " + suffix);
        assertThatThrownBy(() -> imports.importStaged(uploadId)).isInstanceOf(FieldValidationException.class)
                .hasMessageContaining("already been imported");
    }
}
