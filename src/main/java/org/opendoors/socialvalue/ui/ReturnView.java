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
import java.util.List;
import java.util.Map;
import org.opendoors.base.ui.FieldErrors;
import org.opendoors.base.ui.LimitedUpload;
import org.opendoors.base.ui.UserAction;
import org.opendoors.security.AppRoles;
import org.opendoors.socialvalue.EvidenceFile;
import org.opendoors.socialvalue.EvidenceSummary;
import org.opendoors.socialvalue.EvidenceTypes;
import org.opendoors.socialvalue.Grade;
import org.opendoors.socialvalue.KpiReturn;
import org.opendoors.socialvalue.ReturnEntry;
import org.opendoors.socialvalue.ReturnLine;
import org.opendoors.socialvalue.ReturnPage;
import org.opendoors.socialvalue.ReturnService;
import org.opendoors.socialvalue.ReturnStatus;

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
    final Map<Long, BigDecimalField> actuals = new HashMap<>();
    final Map<Long, TextField> reasons = new HashMap<>();
    final TextArea narrative = new TextArea("What happened this period");
    final TextArea queryAnswer = new TextArea("Your answer to the officer's query");
    final TextArea query = new TextArea("Query for the supplier");
    final Select<Grade> grade = new Select<>();
    final TextArea explanation = new TextArea("Explanation of the grade");
    final UnorderedList files = new UnorderedList();
    private final FieldErrors errors = new FieldErrors().bind("narrative", narrative).bind("queryAnswer", queryAnswer)
            .bind("query", query).bind("grade", grade).bind("explanation", explanation);
    private final UserAction action = UserAction.thenRefresh(this::render).errorsAt(errors)
            .whenStaleKeepTyping("A colleague changed this return in the meantime. Reload the page to see their changes.");
    private long contractId;
    private int period;
    private ReturnPage page;

    ReturnView(ReturnService returns) {
        this.returns = returns;
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

    /** Reads the return (visiting writes nothing) and shows it as the signed-in user may use it. */
    private void render() {
        removeAll();
        actuals.clear();
        reasons.clear();
        page = returns.page(contractId, period);
        add(new H1("Return for period " + period), new Paragraph(page.contractReference() + " " + page.contractTitle()
                + " · " + (page.version() == null ? "Not started" : page.status().label())));
        if (page.editable() && !page.canReport() && !page.officer()) {
            add(new Paragraph("Only the people the contract officer named can fill in this return; you can read it."));
        }
        showQuery();
        if (page.grade() != null) {
            add(gradeTag(page.grade()), new Paragraph(page.gradeExplanation()));
        }
        page.lines().forEach(this::addLine);
        narrative.setValue(page.narrative() == null ? "" : page.narrative());
        narrative.setReadOnly(!page.canEdit());
        add(narrative);
        if (page.status() == ReturnStatus.QUERIED && page.canEdit()) {
            queryAnswer.setValue(page.queryAnswer() == null ? "" : page.queryAnswer());
            add(queryAnswer);
        }
        add(new H2("Evidence"), files);
        listEvidence(page.evidence());
        if (page.canEdit()) {
            addUpload();
            Button save = new Button("Save draft", e -> action.run(() -> returns.save(contractId, period, page.version(), entry()),
                    "Draft saved"));
            Button submit = new Button("Submit return", e -> action.run(() -> returns.submit(contractId, period, page.version(),
                    entry()), "Return submitted. The contract officer will review it and may ask you a question."));
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(new Div(save, submit));
        }
        if (page.canReview()) {
            addReview();
        }
    }

    private void showQuery() {
        if (page.queryComment() == null) {
            return;
        }
        Div queried = new Div(new Paragraph("The officer asked: " + page.queryComment()));
        if (page.queryAnswer() != null) {
            queried.add(new Paragraph("The supplier answered: " + page.queryAnswer()));
        }
        queried.addClassName(page.status() == ReturnStatus.QUERIED ? "error-summary" : "inset-text");
        add(queried);
    }

    private void addLine(ReturnPage.Line line) {
        BigDecimalField actual = new BigDecimalField(line.measure() + ": actual (target " + ContractView.plain(line.target()) + ")");
        actual.setValue(line.actual());
        actual.setReadOnly(!page.canEdit());
        actual.setWidthFull();
        if (line.recorded() != null) {
            actual.setHelperText("Recorded in Open Doors: " + ContractView.plain(line.recorded()));
        }
        actuals.put(line.kpiId(), actual);
        errors.bind("actual-" + line.kpiId(), actual);
        add(actual);
        if (line.recorded() != null) {
            TextField reason = new TextField("Why your figure differs from Open Doors' record (if it does)");
            reason.setValue(line.differenceReason() == null ? "" : line.differenceReason());
            reason.setReadOnly(!page.canEdit());
            reason.setMaxLength(ReturnLine.REASON_MAX_LENGTH);
            reason.setHelperText(PersonalDataCheck.HINT);
            reason.setWidthFull();
            reasons.put(line.kpiId(), reason);
            errors.bind("reason-" + line.kpiId(), reason);
            add(reason);
        }
    }

    private ReturnEntry entry() {
        Map<Long, BigDecimal> values = new HashMap<>();
        actuals.forEach((kpiId, field) -> values.put(kpiId, field.getValue()));
        Map<Long, String> why = new HashMap<>();
        reasons.forEach((kpiId, field) -> why.put(kpiId, field.getValue()));
        return new ReturnEntry(values, why, narrative.getValue(), queryAnswer.getValue());
    }

    private void listEvidence(List<EvidenceSummary> evidence) {
        files.removeAll();
        for (EvidenceSummary f : evidence) {
            Anchor download = new Anchor(DownloadHandler.fromInputStream(d -> {
                EvidenceFile file = returns.evidenceFile(contractId, period, f.id());
                byte[] bytes = file.getContent();
                return new DownloadResponse(new ByteArrayInputStream(bytes), file.getFilename(), file.getContentType(), bytes.length);
            }), f.filename());
            ListItem item = new ListItem(download, new Span(" (" + f.contentType() + ", " + Math.max(1, f.sizeBytes() / 1024) + " KB) "));
            if (page.canEdit()) {
                Button remove = new Button("Remove " + f.filename(), e -> evidenceAction(
                        () -> returns.removeEvidence(contractId, period, f.id()), f.filename() + " removed"));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                item.add(remove);
            }
            files.add(item);
        }
        if (evidence.isEmpty()) {
            files.add(new ListItem("No evidence attached yet."));
        }
    }

    /**
     * Evidence changes only the list: what was typed in the form and not yet saved stays as it is, and the next
     * save expects the return as the evidence change left it (the first file starts the return).
     */
    private void evidenceAction(Runnable command, String success) {
        UserAction.thenRefresh(() -> {
            page = returns.page(contractId, period);
            listEvidence(page.evidence());
        }).run(command, success);
    }

    private void addUpload() {
        Upload upload = new Upload(LimitedUpload.inMemory(EvidenceTypes.MAX_BYTES, (metadata, bytes) -> getUI().ifPresent(ui ->
                ui.access(() -> evidenceAction(() -> returns.addEvidence(contractId, period, metadata.fileName(), bytes),
                        metadata.fileName() + " added"))), refused -> getUI().ifPresent(ui -> ui.access(() ->
                FieldErrors.showProblem(refused + " was not added: it is larger than 5 MB")))));
        upload.setMaxFileSize(EvidenceTypes.MAX_BYTES);
        upload.setAcceptedFileTypes(".pdf", ".jpg", ".jpeg", ".png", "application/pdf", "image/jpeg", "image/png");
        upload.addFileRejectedListener(e -> FieldErrors.showProblem(e.getFileName() + " was not added: "
                + (e.getErrorMessage().toLowerCase().contains("big") ? "it is larger than 5 MB" : "upload PDF, JPEG or PNG files")));
        add(new Paragraph("PDF, JPEG or PNG, up to 5 MB each."), upload);
    }

    private void addReview() {
        grade.setValue(page.suggestedGrade());
        grade.setHelperText("Suggested from the actuals so far against the targets so far: " + page.suggestedGrade().label());
        Button accept = new Button("Accept and grade", e -> action.run(() -> returns.accept(contractId, period, grade.getValue(),
                explanation.getValue()), "Return accepted"));
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button ask = new Button("Query the return", e -> action.run(() -> returns.query(contractId, period, query.getValue()),
                "Query sent to the supplier"));
        add(new H2("Review"), grade, explanation, accept, query, ask);
    }

    static Span gradeTag(Grade grade) {
        Span tag = new Span(grade.label());
        tag.addClassName("status-tag");
        tag.getStyle().set("background", grade.colour()).set("color", "#ffffff");
        return tag;
    }
}
