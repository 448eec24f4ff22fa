package org.opendoors.socialvalue.ui;

import org.opendoors.privacy.PersonalDataCheck;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.opendoors.base.FieldValidationException;
import org.opendoors.base.ui.FieldErrors;
import org.opendoors.base.ui.LimitedUpload;
import org.opendoors.security.AppRoles;
import org.opendoors.security.CurrentUser;
import org.opendoors.security.Role;
import org.opendoors.socialvalue.Contract;
import org.opendoors.socialvalue.ContractKpi;
import org.opendoors.socialvalue.ContractProgressService;
import org.opendoors.socialvalue.ContractService;
import org.opendoors.socialvalue.EvidenceFile;
import org.opendoors.socialvalue.EvidenceSummary;
import org.opendoors.socialvalue.EvidenceTypes;
import org.opendoors.socialvalue.Grade;
import org.opendoors.socialvalue.KpiReturn;
import org.opendoors.socialvalue.ReturnLine;
import org.opendoors.socialvalue.ReturnService;
import org.opendoors.socialvalue.ReturnStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * A period's return: the supplier's named reporters fill it in; their colleagues read it; the officer queries
 * or accepts and grades it.
 */
@Route("contracts/:contractId(\\d+)/returns/:period(\\d+)")
@PageTitle("Social value return – Open Doors")
@RolesAllowed({AppRoles.PROCUREMENT, AppRoles.ADMIN, AppRoles.EMPLOYER})
@AccessDeniedErrorRouter
class ReturnView extends Div implements BeforeEnterObserver {

    private final ReturnService returns;
    private final ContractService contracts;
    private final ContractProgressService progress;
    private final CurrentUser currentUser;
    final Map<Long, BigDecimalField> actuals = new HashMap<>();
    final Map<Long, TextField> reasons = new HashMap<>();
    final TextArea narrative = new TextArea("What happened this period");
    final TextArea queryAnswer = new TextArea("Your answer to the officer's query");
    final TextArea query = new TextArea("Query for the supplier");
    final Select<Grade> grade = new Select<>();
    final TextArea explanation = new TextArea("Explanation of the grade");
    final UnorderedList files = new UnorderedList();
    private long contractId;
    private int period;

    ReturnView(ReturnService returns, ContractService contracts, ContractProgressService progress, CurrentUser currentUser) {
        this.returns = returns;
        this.contracts = contracts;
        this.progress = progress;
        this.currentUser = currentUser;
        addClassName("form-page");
        narrative.setWidthFull();
        narrative.setHelperText(PersonalDataCheck.HINT);
        narrative.setMaxLength(KpiReturn.NARRATIVE_MAX_LENGTH);
        queryAnswer.setWidthFull();
        queryAnswer.setHelperText(PersonalDataCheck.HINT);
        queryAnswer.setMaxLength(KpiReturn.TEXT_MAX_LENGTH);
        query.setWidthFull();
        query.setMaxLength(KpiReturn.TEXT_MAX_LENGTH);
        explanation.setWidthFull();
        explanation.setMaxLength(KpiReturn.TEXT_MAX_LENGTH);
        files.addClassName("evidence-list");
        grade.setLabel("Grade");
        grade.setItems(Grade.values());
        grade.setItemLabelGenerator(g -> g == null ? "" : g.label());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        contractId = event.getRouteParameters().getLong("contractId").orElseThrow();
        period = event.getRouteParameters().getInteger("period").orElseThrow();
        render();
    }

    private void render() {
        removeAll();
        actuals.clear();
        reasons.clear();
        Contract contract = contracts.find(contractId);
        KpiReturn kpiReturn = returns.open(contractId, period);
        boolean editable = kpiReturn.getStatus() == ReturnStatus.DRAFT || kpiReturn.getStatus() == ReturnStatus.QUERIED;
        boolean reporter = contracts.canReport(contractId);
        add(new H1("Return for period " + period), new Paragraph(contract.getReference() + " " + contract.getTitle()
                + " · " + kpiReturn.getStatus().label()));
        if (editable && !reporter && !isOfficer()) {
            add(new Paragraph("Only the people the contract officer named can fill in this return; you can read it."));
        }
        showQuery(kpiReturn);
        if (kpiReturn.getGrade() != null) {
            add(gradeTag(kpiReturn.getGrade()), new Paragraph(kpiReturn.getGradeExplanation()));
        }
        boolean canEdit = editable && reporter;
        FieldErrors errors = new FieldErrors();
        for (ContractKpi kpi : contract.getKpis()) {
            addLine(kpi, kpiReturn, canEdit, errors);
        }
        narrative.setValue(kpiReturn.getNarrative() == null ? "" : kpiReturn.getNarrative());
        narrative.setReadOnly(!canEdit);
        add(narrative);
        if (kpiReturn.getStatus() == ReturnStatus.QUERIED && canEdit) {
            queryAnswer.setValue(kpiReturn.getQueryAnswer() == null ? "" : kpiReturn.getQueryAnswer());
            errors.bind("queryAnswer", queryAnswer);
            add(queryAnswer);
        }
        add(new H2("Evidence"), files);
        listEvidence(canEdit);
        if (canEdit) {
            addUpload();
            Button save = new Button("Save draft", e -> save(kpiReturn, errors, false));
            Button submit = new Button("Submit return", e -> save(kpiReturn, errors, true));
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(new Div(save, submit));
        }
        if (isOfficer() && kpiReturn.getStatus() == ReturnStatus.SUBMITTED) {
            addReview();
        }
    }

    private void showQuery(KpiReturn kpiReturn) {
        if (kpiReturn.getQueryComment() == null) {
            return;
        }
        Div queried = new Div(new Paragraph("The officer asked: " + kpiReturn.getQueryComment()));
        if (kpiReturn.getQueryAnswer() != null) {
            queried.add(new Paragraph("The supplier answered: " + kpiReturn.getQueryAnswer()));
        }
        queried.addClassName(kpiReturn.getStatus() == ReturnStatus.QUERIED ? "error-summary" : "inset-text");
        add(queried);
    }

    private void addLine(ContractKpi kpi, KpiReturn kpiReturn, boolean canEdit, FieldErrors errors) {
        ReturnLine line = kpiReturn.getLines().stream().filter(l -> l.getKpiId() == kpi.getId()).findFirst().orElseThrow();
        BigDecimalField actual = new BigDecimalField(kpi.getMeasure().label() + ": actual (target "
                + ContractView.plain(kpi.targetFor(period)) + ")");
        actual.setValue(line.getActual());
        actual.setReadOnly(!canEdit);
        actual.setWidthFull();
        if (line.getRecorded() != null) {
            actual.setHelperText("Recorded in Open Doors: " + ContractView.plain(line.getRecorded()));
        }
        actuals.put(kpi.getId(), actual);
        errors.bind("actual-" + kpi.getId(), actual);
        add(actual);
        if (line.getRecorded() != null) {
            TextField reason = new TextField("Why your figure differs from Open Doors' record (if it does)");
            reason.setValue(line.getDifferenceReason() == null ? "" : line.getDifferenceReason());
            reason.setReadOnly(!canEdit);
            reason.setMaxLength(ReturnLine.REASON_MAX_LENGTH);
            reason.setHelperText(PersonalDataCheck.HINT);
            reason.setWidthFull();
            reasons.put(kpi.getId(), reason);
            errors.bind("reason-" + kpi.getId(), reason);
            add(reason);
        }
    }

    private void listEvidence(boolean canEdit) {
        files.removeAll();
        for (EvidenceSummary f : returns.evidence(contractId, period)) {
            Anchor download = new Anchor(DownloadHandler.fromInputStream(d -> {
                EvidenceFile file = returns.evidenceFile(contractId, period, f.id());
                byte[] bytes = file.getContent();
                return new DownloadResponse(new ByteArrayInputStream(bytes), file.getFilename(), file.getContentType(), bytes.length);
            }), f.filename());
            ListItem item = new ListItem(download, new Span(" (" + f.contentType() + ", " + Math.max(1, f.sizeBytes() / 1024) + " KB) "));
            if (canEdit) {
                Button remove = new Button("Remove " + f.filename(), e -> {
                    returns.removeEvidence(contractId, period, f.id());
                    FieldErrors.showSuccess(f.filename() + " removed");
                    listEvidence(true);
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                item.add(remove);
            }
            files.add(item);
        }
        if (files.getChildren().findAny().isEmpty()) {
            files.add(new ListItem("No evidence attached yet."));
        }
    }

    private void addUpload() {
        Upload upload = new Upload(LimitedUpload.inMemory(EvidenceTypes.MAX_BYTES, (metadata, bytes) -> getUI().ifPresent(ui ->
                ui.access(() -> upload(metadata.fileName(), bytes))), refused -> getUI().ifPresent(ui -> ui.access(() ->
                FieldErrors.showProblem(refused + " was not added: it is larger than 5 MB")))));
        upload.setMaxFileSize(EvidenceTypes.MAX_BYTES);
        upload.setAcceptedFileTypes(".pdf", ".jpg", ".jpeg", ".png", "application/pdf", "image/jpeg", "image/png");
        upload.addFileRejectedListener(e -> FieldErrors.showProblem(e.getFileName() + " was not added: "
                + (e.getErrorMessage().toLowerCase().contains("big") ? "it is larger than 5 MB" : "upload PDF, JPEG or PNG files")));
        add(new Paragraph("PDF, JPEG or PNG, up to 5 MB each."), upload);
    }

    private void save(KpiReturn kpiReturn, FieldErrors errors, boolean submit) {
        try {
            errors.clear();
            Map<Long, BigDecimal> values = new HashMap<>();
            actuals.forEach((kpiId, field) -> values.put(kpiId, field.getValue()));
            Map<Long, String> why = new HashMap<>();
            reasons.forEach((kpiId, field) -> why.put(kpiId, field.getValue()));
            KpiReturn saved = returns.save(contractId, period, kpiReturn.getVersion(), values, why, narrative.getValue(),
                    queryAnswer.getValue());
            if (submit) {
                returns.submit(contractId, period, saved.getVersion());
                FieldErrors.showSuccess("Return submitted. The contract officer will review it and may ask you a question.");
            } else {
                FieldErrors.showSuccess("Draft saved");
            }
            render();
        } catch (FieldValidationException problem) {
            errors.show(problem);
        } catch (ObjectOptimisticLockingFailureException stale) {
            FieldErrors.showProblem("A colleague changed this return in the meantime. Reload the page to see their changes.");
        }
    }

    /** A new file joins the list; what was typed in the form and not yet saved stays as it is. */
    private void upload(String filename, byte[] bytes) {
        try {
            returns.addEvidence(contractId, period, filename, bytes);
            FieldErrors.showSuccess(filename + " added");
            listEvidence(true);
        } catch (FieldValidationException problem) {
            FieldErrors.showProblem(problem.getMessage());
        }
    }

    private void addReview() {
        Grade suggested = progress.suggestedGrade(contractId, period);
        grade.setValue(suggested);
        grade.setHelperText("Suggested from the actuals so far against the targets so far: " + suggested.label());
        FieldErrors review = new FieldErrors().bind("query", query).bind("grade", grade).bind("explanation", explanation);
        Button accept = new Button("Accept and grade", e -> act(() -> returns.accept(contractId, period, grade.getValue(),
                explanation.getValue()), review, "Return accepted"));
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button ask = new Button("Query the return", e -> act(() -> returns.query(contractId, period, query.getValue()),
                review, "Query sent to the supplier"));
        add(new H2("Review"), grade, explanation, accept, query, ask);
    }

    private void act(Runnable action, FieldErrors errors, String success) {
        try {
            action.run();
            FieldErrors.showSuccess(success);
            render();
        } catch (FieldValidationException problem) {
            errors.show(problem);
        }
    }

    private boolean isOfficer() {
        return currentUser.get().map(u -> u.hasRole(Role.PROCUREMENT) || u.hasRole(Role.ADMIN)).orElse(false);
    }

    static Span gradeTag(Grade grade) {
        Span tag = new Span(grade.label());
        tag.addClassName("status-tag");
        tag.getStyle().set("background", grade.colour()).set("color", "#ffffff");
        return tag;
    }
}
