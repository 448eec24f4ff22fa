package org.opendoors.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import org.opendoors.base.FieldValidationException;
import org.opendoors.base.ui.FieldErrors;
import org.opendoors.privacy.CaseReferenceFormat;
import org.opendoors.privacy.YoungPersonReferences;
import org.opendoors.security.AppRoles;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** ADMIN sets the council's case-reference format, accepted beside YP- references. */
@Route("admin/case-reference")
@PageTitle("Case reference format – Open Doors")
@RolesAllowed(AppRoles.ADMIN)
@AccessDeniedErrorRouter
class CaseReferenceFormatView extends Div {

    final TextField pattern = new TextField("Format (a regular expression)");
    final TextField example = new TextField("An example reference");
    private Long version;

    CaseReferenceFormatView(YoungPersonReferences references) {
        addClassName("form-page");
        pattern.setHelperText("For example LC-\\d{6} for LC- and six digits. Letters and digits only: a reference "
                + "may never have four or more letters in a row, so that it cannot spell a name.");
        pattern.setMaxLength(CaseReferenceFormat.PATTERN_MAX_LENGTH);
        pattern.setWidthFull();
        example.setHelperText("Advisers see it as a model when they type a reference");
        example.setMaxLength(YoungPersonReferences.MAX_LENGTH);
        references.caseFormat().ifPresent(this::show);
        FieldErrors errors = new FieldErrors().bind("pattern", pattern).bind("example", example);
        Button save = new Button("Save format", click -> {
            errors.clear();
            try {
                show(references.setCaseFormat(pattern.getValue(), example.getValue(), version));
                FieldErrors.showSuccess("Case reference format saved");
            } catch (FieldValidationException problem) {
                errors.show(problem);
            } catch (ObjectOptimisticLockingFailureException stale) {
                FieldErrors.showProblem("Someone else changed the format while you were editing. Reload the page to see it.");
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1("Case reference format"),
                new Paragraph("Young people are known to Open Doors only by a reference: YP- and 4 to 6 digits, or "
                        + "the council's own case reference in the format set here."),
                pattern, example, save);
    }

    private void show(CaseReferenceFormat format) {
        pattern.setValue(format.getPattern());
        example.setValue(format.getExample());
        version = format.getVersion();
    }
}
