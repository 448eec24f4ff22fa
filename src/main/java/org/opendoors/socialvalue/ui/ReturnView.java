package org.opendoors.socialvalue.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.opendoors.base.FieldValidationException;
import org.opendoors.base.ui.FieldErrors;
import org.opendoors.security.AppRoles;
import org.opendoors.security.CurrentUser;
import org.opendoors.security.Role;
import org.opendoors.socialvalue.Contract;
import org.opendoors.socialvalue.ContractKpi;
import org.opendoors.socialvalue.ContractService;
import org.opendoors.socialvalue.EvidenceTypes;
import org.opendoors.socialvalue.Grade;
import org.opendoors.socialvalue.KpiReturn;
import org.opendoors.socialvalue.ReturnLine;
import org.opendoors.socialvalue.ReturnService;
import org.opendoors.socialvalue.ReturnStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** A period's return: the supplier fills it in; the officer queries or accepts and grades it. */
@Route("contracts/:contractId(\\d+)/returns/:period(\\d+)")
@PageTitle("Social value return – Open Doors")
@RolesAllowed({AppRoles.PROCUREMENT, AppRoles.ADMIN, AppRoles.EMPLOYER})
@AccessDeniedErrorRouter
class ReturnView extends Div implements BeforeEnterObserver {

    private final ReturnService returns;
    private final ContractService contracts;
    private final CurrentUser currentUser;
    final Map<Long, BigDecimalField> actuals = new HashMap<>();
    final Map<Long, TextField> reasons = new HashMap<>();
    final TextArea narrative = new TextArea("What happened this period");
    final TextArea query = new TextArea("Query for the supplier");
    final Select<Grade> grade = new Select<>();
    final TextArea explanation = new TextArea("Explanation of the grade");
    private long contractId;
    private int period;

    ReturnView(ReturnService returns, ContractService contracts, CurrentUser currentUser) {
        this.returns = returns;
        this.contracts = contracts;
        this.currentUser = currentUser;
        addClassName("form-page");
        narrative.setWidthFull();
        query.setWidthFull();
        explanation.setWidthFull();
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
        add(new H1("Return for period " + period), new Paragraph(contract.getReference() + " " + contract.getTitle()
                + " · " + kpiReturn.getStatus().label()));
        if (kpiReturn.getQueryComment() != null && kpiReturn.getStatus() == ReturnStatus.QUERIED) {
            Div queried = new Div(new Paragraph("The officer asks: " + kpiReturn.getQueryComment()));
            queried.addClassName("error-summary");
            add(queried);
        }
        if (kpiReturn.getGrade() != null) {
            add(gradeTag(kpiReturn.getGrade()), new Paragraph(kpiReturn.getGradeExplanation()));
        }
        boolean editable = kpiReturn.getStatus() == ReturnStatus.DRAFT || kpiReturn.getStatus() == ReturnStatus.QUERIED;
        FieldErrors errors = new FieldErrors();
        for (ContractKpi kpi : contract.getKpis()) {
            ReturnLine line = kpiReturn.getLines().stream().filter(l -> l.getKpiId() == kpi.getId()).findFirst().orElseThrow();
            BigDecimalField actual = new BigDecimalField(kpi.getMeasure().label() + ": actual (target "
                    + kpi.getTargetPerPeriod().stripTrailingZeros().toPlainString() + ")");
            actual.setValue(line.getActual());
            actual.setReadOnly(!editable);
            actual.setWidthFull();
            if (line.getRecorded() != null) {
                actual.setHelperText("Recorded in Open Doors: " + line.getRecorded().stripTrailingZeros().toPlainString());
            }
            TextField reason = new TextField("Why your figure differs from Open Doors' record (if it does)");
            reason.setValue(line.getDifferenceReason() == null ? "" : line.getDifferenceReason());
            reason.setReadOnly(!editable);
            reason.setWidthFull();
            actuals.put(kpi.getId(), actual);
            reasons.put(kpi.getId(), reason);
            errors.bind("actual-" + kpi.getId(), actual).bind("reason-" + kpi.getId(), reason);
            add(actual);
            if (line.getRecorded() != null) {
                add(reason);
            }
        }
        narrative.setValue(kpiReturn.getNarrative() == null ? "" : kpiReturn.getNarrative());
        narrative.setReadOnly(!editable);
        add(narrative, new H2("Evidence"));
        UnorderedList files = new UnorderedList();
        returns.evidence(contractId, period).forEach(f -> files.add(new ListItem(f.filename() + " (" + f.contentType() + ", "
                + Math.max(1, f.sizeBytes() / 1024) + " KB)")));
        add(files);
        boolean supplier = currentUser.get().map(u -> u.hasRole(Role.EMPLOYER)).orElse(false);
        if (editable && supplier) {
            Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui -> ui.access(() ->
                    upload(metadata.fileName(), bytes)))));
            upload.setMaxFileSize(EvidenceTypes.MAX_BYTES);
            upload.setAcceptedFileTypes(".pdf", ".jpg", ".jpeg", ".png", "application/pdf", "image/jpeg", "image/png");
            add(new Paragraph("PDF, JPEG or PNG, up to 5 MB each."), upload);
            Button save = new Button("Save draft", e -> save(kpiReturn, errors, false));
            Button submit = new Button("Submit return", e -> save(kpiReturn, errors, true));
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(new Div(save, submit));
        }
        boolean officer = currentUser.get().map(u -> u.hasRole(Role.PROCUREMENT) || u.hasRole(Role.ADMIN)).orElse(false);
        if (officer && kpiReturn.getStatus() == ReturnStatus.SUBMITTED) {
            Grade suggested = returns.suggestedGrade(contractId, period);
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
    }

    private void save(KpiReturn kpiReturn, FieldErrors errors, boolean submit) {
        try {
            errors.clear();
            Map<Long, BigDecimal> values = new HashMap<>();
            actuals.forEach((kpiId, field) -> values.put(kpiId, field.getValue()));
            Map<Long, String> why = new HashMap<>();
            reasons.forEach((kpiId, field) -> why.put(kpiId, field.getValue()));
            KpiReturn saved = returns.save(contractId, period, kpiReturn.getVersion(), values, why, narrative.getValue());
            if (submit) {
                returns.submit(contractId, period, saved.getVersion());
                FieldErrors.showSuccess("Return submitted. The contract officer will review it.");
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

    private void upload(String filename, byte[] bytes) {
        try {
            returns.addEvidence(contractId, period, filename, bytes);
            FieldErrors.showSuccess(filename + " added");
            render();
        } catch (FieldValidationException problem) {
            FieldErrors.showProblem(problem.getMessage());
        }
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

    static Span gradeTag(Grade grade) {
        Span tag = new Span(grade.label());
        tag.addClassName("status-tag");
        tag.getStyle().set("background", grade.colour()).set("color", "#ffffff");
        return tag;
    }
}
