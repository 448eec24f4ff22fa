package org.opendoors.pledge.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.opendoors.base.FieldValidationException;
import org.opendoors.base.ui.FieldErrors;
import org.opendoors.organisation.OrganisationAccess;
import org.opendoors.pledge.Commitment;
import org.opendoors.pledge.CommitmentChoice;
import org.opendoors.pledge.CommitmentService;
import org.opendoors.pledge.Pledge;
import org.opendoors.pledge.PledgeCommitment;
import org.opendoors.pledge.PledgeService;
import org.opendoors.security.AppRoles;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** Build a pledge: tick commitments, say how many a year if you can, choose a start date. Save at any point. */
@Route("pledge/edit")
@PageTitle("Your pledge – Open Doors")
@RolesAllowed(AppRoles.EMPLOYER)
@AccessDeniedErrorRouter
class PledgeBuilderView extends Div {

    private final PledgeService pledges;
    private final long organisationId;
    private final List<CommitmentRow> rows = new ArrayList<>();
    private final FieldErrors errors = new FieldErrors();
    final DatePicker startDate = new DatePicker("When does your pledge start?");
    private Pledge pledge;

    PledgeBuilderView(PledgeService pledges, CommitmentService commitments, OrganisationAccess access) {
        this.pledges = pledges;
        this.organisationId = access.ownOrganisationId();
        this.pledge = pledges.current(organisationId).filter(p -> p.getStatus().isEditable()).orElse(null);
        addClassName("form-page");
        add(new H1("What will your organisation pledge?"),
                new Paragraph("Tick each commitment you will make. If you can, say how many a year: it helps us plan. "
                        + "You can save a draft and come back at any time."));
        if (pledge != null && pledge.getReturnReason() != null) {
            Div returned = new Div(new Paragraph("The engagement team asked for a change: " + pledge.getReturnReason()));
            returned.addClassName("error-summary");
            add(returned);
        }
        for (Commitment commitment : commitments.active()) {
            CommitmentRow row = new CommitmentRow(commitment);
            rows.add(row);
            errors.bind("quantity-" + commitment.getId(), row.quantity).bind("note-" + commitment.getId(), row.note);
            add(row);
        }
        startDate.setLocale(Locale.UK);
        startDate.setAutoOpen(false); // typing a date does not pop a calendar over the page; the button still opens it
        startDate.setHelperText("For example, 1 April 2027");
        errors.bind("startDate", startDate);
        if (pledge != null) {
            fill(pledge);
        }
        Button saveDraft = new Button("Save draft", e -> save().ifPresent(p -> FieldErrors.showSuccess("Draft saved")));
        Button next = new Button("Continue", e -> save().ifPresent(p -> navigate("pledge/check")));
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(startDate, new HorizontalLayout(next, saveDraft));
    }

    private java.util.Optional<Pledge> save() {
        try {
            errors.clear();
            pledge = pledges.saveDraft(organisationId, pledge == null ? null : pledge.getId(),
                    pledge == null ? null : pledge.getVersion(), startDate.getValue(), choices());
            return java.util.Optional.of(pledge);
        } catch (FieldValidationException problem) {
            errors.show(problem);
        } catch (ObjectOptimisticLockingFailureException stale) {
            FieldErrors.showProblem("A colleague changed this pledge while you were editing. Your changes were not saved: "
                    + "reload the page to see theirs, then make yours again.");
        }
        return java.util.Optional.empty();
    }

    private List<CommitmentChoice> choices() {
        return rows.stream().filter(r -> r.chosen.getValue())
                .map(r -> new CommitmentChoice(r.commitment.getId(), r.quantity.getValue(),
                        r.note.getValue().isBlank() ? null : r.note.getValue().trim()))
                .toList();
    }

    private void fill(Pledge pledge) {
        startDate.setValue(pledge.getStartDate());
        for (PledgeCommitment chosen : pledge.getCommitments()) {
            rows.stream().filter(r -> r.commitment.getId().equals(chosen.getCommitment().getId())).findFirst().ifPresent(r -> {
                r.chosen.setValue(true);
                r.quantity.setValue(chosen.getYearlyQuantity());
                r.note.setValue(chosen.getNote() == null ? "" : chosen.getNote());
            });
        }
    }

    private void navigate(String route) {
        getUI().ifPresent(ui -> ui.navigate(route));
    }

    /** One commitment: a tick box, and when ticked, how many a year and a note. */
    static final class CommitmentRow extends Div {
        final Commitment commitment;
        final Checkbox chosen;
        final IntegerField quantity = new IntegerField();
        final TextField note = new TextField("Note (optional)");

        CommitmentRow(Commitment commitment) {
            this.commitment = commitment;
            addClassName("commitment-row");
            chosen = new Checkbox(commitment.getTitle());
            chosen.setHelperText(commitment.getDescription());
            quantity.setLabel(commitment.getQuantityUnit() == null ? "How many a year? (optional)"
                    : "How many " + commitment.getQuantityUnit() + " a year? (optional)");
            quantity.setMin(1);
            quantity.setMax(PledgeService.MAX_YEARLY_QUANTITY);
            note.setMaxLength(PledgeCommitment.NOTE_MAX_LENGTH);
            note.setWidthFull();
            Div details = new Div(quantity, note);
            details.addClassName("commitment-details");
            details.setVisible(false);
            chosen.addValueChangeListener(e -> details.setVisible(e.getValue()));
            add(chosen, details);
        }
    }
}
