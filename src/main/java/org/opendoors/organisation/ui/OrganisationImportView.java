package org.opendoors.organisation.ui;

import org.opendoors.base.csv.CsvColumns;
import org.opendoors.base.ui.CsvDownload;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import org.opendoors.base.FieldValidationException;
import org.opendoors.base.ui.FieldErrors;
import org.opendoors.base.ui.LimitedUpload;
import org.opendoors.organisation.ImportReport;
import org.opendoors.organisation.ImportRow;
import org.opendoors.organisation.OrganisationImportService;
import org.opendoors.organisation.StagedImport;
import org.opendoors.security.AppRoles;

/** Upload a CSV of organisations and contacts, see what each row would do, then import the good rows. */
@Route("organisations/import")
@PageTitle("Import organisations – Open Doors")
@RolesAllowed({AppRoles.ENGAGEMENT, AppRoles.ADMIN})
@AccessDeniedErrorRouter
class OrganisationImportView extends Div {

    private final OrganisationImportService imports;
    final Grid<ImportRow> preview = new Grid<>(ImportRow.class, false);
    private final Div previewDownload = new Div();
    final Button importButton = new Button("Import the rows without errors");
    final Div result = new Div();
    /** The upload waiting in the database: its file and rows stay there, out of this session. */
    String uploadId;

    OrganisationImportView(OrganisationImportService imports) {
        this.imports = imports;
        Upload upload = new Upload(LimitedUpload.inMemory(OrganisationImportService.MAX_BYTES, (metadata, bytes) ->
                getUI().ifPresent(ui -> ui.access(() -> showPreview(new String(bytes, StandardCharsets.UTF_8)))),
                refused -> getUI().ifPresent(ui -> ui.access(() -> FieldErrors.showProblem(
                        refused + " was not read: a CSV to import can be up to 5 MB")))));
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(OrganisationImportService.MAX_BYTES);
        preview.addColumn(ImportRow::line).setHeader("Line").setAutoWidth(true);
        preview.addColumn(ImportRow::organisationName).setHeader("Organisation");
        preview.addColumn(ImportRow::contactEmail).setHeader("Contact e-mail");
        preview.addColumn(OrganisationImportView::outcome)
                .setHeader("What will happen").setFlexGrow(3);
        preview.setAriaLabel("Import preview");
        preview.setVisible(false);
        previewDownload.add(new CsvDownload("this preview", "import-preview.csv", out -> PREVIEW_COLUMNS.write(out,
                imports.stagedRows(uploadId, false, 0, OrganisationImportService.MAX_ROWS))));
        previewDownload.setVisible(false);
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setVisible(false);
        importButton.addClickListener(e -> runImport());
        add(new H1("Import organisations"),
                new Paragraph("Upload a CSV file with a header row. Columns: name (required), type, sector, size_band, "
                        + "postcode, area, website, companies_house_number, status, contact_name, contact_job_title, "
                        + "contact_email, contact_phone, contact_consent, wall_consent (yes or no; empty means no, "
                        + "and only a new organisation takes them), or the headers of the organisation list's CSV download, "
                        + "such as \"Size band\". You will see what each row would do before anything is saved."),
                upload, preview, previewDownload, importButton, result);
    }

    void showPreview(String csv) {
        result.removeAll();
        try {
            StagedImport staged = imports.stage(csv);
            uploadId = staged.id();
            preview.setItems(query -> imports.stagedRows(staged.id(), false, query.getOffset(), query.getLimit()).stream(),
                    query -> imports.countStagedRows(staged.id(), false));
            preview.setVisible(true);
            previewDownload.setVisible(true);
            long good = staged.importable();
            importButton.setText("Import " + good + (good == 1 ? " row" : " rows") + " without errors");
            importButton.setVisible(good > 0);
        } catch (FieldValidationException problem) {
            FieldErrors.showProblem(problem.getMessage());
        }
    }

    private void runImport() {
        ImportReport report;
        try {
            report = imports.importStaged(uploadId);
        } catch (FieldValidationException problem) {
            FieldErrors.showProblem(problem.getMessage());
            return;
        }
        String imported = uploadId;
        importButton.setVisible(false);
        preview.setVisible(false);
        previewDownload.setVisible(false);
        result.removeAll();
        result.add(new H2("Import finished"), new Paragraph(report.organisationsCreated() + " organisations and "
                + report.contactsCreated() + " contacts created; " + report.alreadyPresent() + " rows were already in Open Doors."));
        if (!report.rejected().isEmpty()) {
            Grid<ImportRow> rejected = new Grid<>(ImportRow.class, false);
            rejected.addColumn(ImportRow::line).setHeader("Line");
            rejected.addColumn(ImportRow::organisationName).setHeader("Organisation");
            rejected.addColumn(ImportRow::error).setHeader("Why it was not imported").setFlexGrow(3);
            rejected.setItems(query -> imports.stagedRows(imported, true, query.getOffset(), query.getLimit()).stream(),
                    query -> imports.countStagedRows(imported, true));
            rejected.setAriaLabel("Rows not imported");
            result.add(new Paragraph(report.rejected().size() + " rows were not imported:"), rejected,
                    new Div(new CsvDownload("the rows not imported", "rows-not-imported.csv", out -> REFUSED_COLUMNS.write(out,
                            imports.stagedRows(imported, true, 0, OrganisationImportService.MAX_ROWS)))));
        }
    }

    private static final CsvColumns<ImportRow> PREVIEW_COLUMNS = CsvColumns.of(ImportRow.class)
            .add("Line", ImportRow::line).add("Organisation", ImportRow::organisationName)
            .add("Contact e-mail", ImportRow::contactEmail).add("What will happen", OrganisationImportView::outcome);
    private static final CsvColumns<ImportRow> REFUSED_COLUMNS = CsvColumns.of(ImportRow.class)
            .add("Line", ImportRow::line).add("Organisation", ImportRow::organisationName)
            .add("Why it was not imported", ImportRow::error);

    private static String outcome(ImportRow row) {
        return row.error() != null ? "Error: " + row.error() : row.alreadyExists() ? "Already in Open Doors" : "Will be imported";
    }
}
