package org.opendoors.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumMap;
import java.util.Map;
import org.opendoors.base.FieldValidationException;
import org.opendoors.base.ui.FieldErrors;
import org.opendoors.privacy.RetentionKind;
import org.opendoors.privacy.RetentionPeriod;
import org.opendoors.privacy.RetentionSchedule;
import org.opendoors.privacy.RetentionUnit;
import org.opendoors.security.AppRoles;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** ADMIN sees and changes how long each kind of personal data is kept; the daily job applies it. */
@Route("admin/retention")
@PageTitle("Retention schedule – Open Doors")
@RolesAllowed(AppRoles.ADMIN)
@AccessDeniedErrorRouter
class RetentionScheduleView extends Div {

    /** One kind's period: what ADMIN types and the button that saves it. */
    static final class PeriodRow extends Div {

        final TextField amount = new TextField("Keep for");
        final Select<RetentionUnit> unit = new Select<>();
        final Button save = new Button("Save");
        private long version;

        PeriodRow(RetentionPeriod period, RetentionSchedule schedule) {
            RetentionKind kind = period.getKind();
            amount.setHelperText("A whole number");
            amount.setMaxLength(9);
            unit.setLabel("Unit");
            unit.setItems(RetentionUnit.values());
            unit.setItemLabelGenerator(RetentionUnit::label);
            show(period);
            save.setAriaLabel("Save the period for " + kind.label().toLowerCase());
            FieldErrors errors = new FieldErrors().bind("amount", amount).bind("unit", unit);
            save.addClickListener(click -> {
                errors.clear();
                try {
                    show(schedule.change(kind, amount.getValue(), unit.getValue(), version));
                    FieldErrors.showSuccess(kind.label() + ": kept for " + amount.getValue() + " "
                            + unit.getValue().label().toLowerCase());
                } catch (FieldValidationException problem) {
                    errors.show(problem);
                } catch (ObjectOptimisticLockingFailureException stale) {
                    FieldErrors.showProblem("Someone else changed this period while you were editing. Reload the page to see it.");
                }
            });
            HorizontalLayout fields = new HorizontalLayout(amount, unit, save);
            fields.setAlignItems(FlexComponent.Alignment.BASELINE);
            add(new H2(kind.label()),
                    new Paragraph("Counted from " + kind.countedFrom() + ". Then: " + kind.thenWhat() + "."), fields);
        }

        private void show(RetentionPeriod period) {
            amount.setValue(String.valueOf(period.getAmount()));
            unit.setValue(period.getUnit());
            version = period.getVersion();
        }
    }

    final Map<RetentionKind, PeriodRow> rows = new EnumMap<>(RetentionKind.class);

    RetentionScheduleView(RetentionSchedule schedule) {
        addClassName("form-page");
        add(new H1("Retention schedule"),
                new Paragraph("How long Open Doors keeps each kind of personal data. Every night it removes, or "
                        + "anonymises, what has passed its period, and logs how many of each kind. The public privacy "
                        + "notice shows this schedule."));
        for (RetentionPeriod period : schedule.periods()) {
            PeriodRow row = new PeriodRow(period, schedule);
            rows.put(period.getKind(), row);
            add(row);
        }
    }
}
