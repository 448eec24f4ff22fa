package org.opendoors.offer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import org.opendoors.base.FieldValidationException;
import org.opendoors.base.ui.FieldErrors;
import org.opendoors.offer.Offer;
import org.opendoors.offer.OfferDetails;
import org.opendoors.offer.OfferMode;
import org.opendoors.offer.OfferService;
import org.opendoors.offer.OfferStatus;
import org.opendoors.offer.OfferTiming;
import org.opendoors.offer.OfferType;
import org.opendoors.offer.OfferTypeService;
import org.opendoors.organisation.OrganisationService;
import org.opendoors.pledge.Commitment;
import org.opendoors.pledge.CommitmentService;
import org.opendoors.security.AppRoles;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** Add an offer, or change one ({@code ?offer=<id>}). */
@Route("offers/form")
@PageTitle("Your offer – Open Doors")
@RolesAllowed(AppRoles.EMPLOYER)
@AccessDeniedErrorRouter
class OfferFormView extends Div implements BeforeEnterObserver {

    final Select<OfferType> type = new Select<>();
    final TextField title = new TextField("Title");
    final TextArea description = new TextArea("Description (optional)");
    final RadioButtonGroup<OfferMode> mode = new RadioButtonGroup<>("How does it happen?");
    final RadioButtonGroup<OfferTiming> timing = new RadioButtonGroup<>("When?");
    final DatePicker startsOn = new DatePicker("Date");
    final TextField recurrence = new TextField("How often?");
    final IntegerField places = new IntegerField("Places");
    final TextField sector = new TextField("Sector (optional)");
    final ComboBox<String> area = new ComboBox<>("Area (optional)");
    final TextField location = new TextField("Location (optional)");
    final TextArea eligibility = new TextArea("Eligibility notes (optional)");
    final Checkbox ringfenced = new Checkbox("Ringfenced for care leavers");
    final Select<Commitment> commitment = new Select<>();
    private final java.util.List<Commitment> commitmentChoices = new java.util.ArrayList<>();
    private final CommitmentService commitments;
    final Select<OfferStatus> status = new Select<>();
    private final OfferService offers;
    private Offer offer;

    OfferFormView(OfferService offers, OfferTypeService types, CommitmentService commitments, OrganisationService organisations) {
        this.offers = offers;
        this.commitments = commitments;
        addClassName("form-page");
        type.setLabel("Type of offer");
        type.setItems(types.active());
        type.setItemLabelGenerator(t -> t == null ? "" : t.getName() + " (" + t.getCategory().label().toLowerCase(Locale.UK) + ")");
        title.setMaxLength(Offer.TITLE_MAX_LENGTH);
        mode.setItems(OfferMode.values());
        mode.setItemLabelGenerator(OfferMode::label);
        timing.setItems(OfferTiming.values());
        timing.setItemLabelGenerator(OfferTiming::label);
        startsOn.setLocale(Locale.UK);
        startsOn.setAutoOpen(false);
        recurrence.setHelperText("For example: every other Tuesday morning");
        places.setMin(1);
        places.setMax(OfferService.MAX_PLACES);
        area.setItems(organisations.activeAreaNames());
        eligibility.setHelperText("For example: age 16 to 25; right to work in the UK needed, or suitable as volunteering");
        eligibility.setMaxLength(Offer.ELIGIBILITY_MAX_LENGTH);
        commitment.setLabel("Which pledge commitment does it fulfil? (optional)");
        commitmentChoices.addAll(commitments.active());
        commitment.setItems(commitmentChoices);
        commitment.setItemLabelGenerator(c -> c == null ? "None" : c.getTitle());
        commitment.setEmptySelectionAllowed(true);
        status.setLabel("Status");
        status.setItems(OfferStatus.values());
        status.setItemLabelGenerator(s -> s == null ? "" : s.label());
        status.setValue(OfferStatus.OPEN);
        timing.addValueChangeListener(e -> showTimingFields());
        showTimingFields();
        for (var field : List.of(title, sector, recurrence, location)) {
            field.setWidthFull();
        }
        description.setWidthFull();
        eligibility.setWidthFull();
        FieldErrors errors = new FieldErrors().bind("type", type).bind("title", title).bind("mode", mode).bind("timing", timing)
                .bind("startsOn", startsOn).bind("recurrence", recurrence).bind("places", places).bind("eligibility", eligibility);
        Button save = new Button("Save offer", e -> {
            try {
                errors.clear();
                offer = offers.save(offer == null ? null : offer.getId(), offer == null ? null : offer.getVersion(), details());
                getUI().ifPresent(ui -> ui.navigate("offers/" + offer.getId()));
            } catch (FieldValidationException problem) {
                errors.show(problem);
            } catch (ObjectOptimisticLockingFailureException stale) {
                FieldErrors.showProblem("A colleague changed this offer while you were editing. Reload the page to see their changes.");
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1("Your offer"), type, title, description, mode, timing, startsOn, recurrence, places, sector, area, location,
                eligibility, ringfenced, commitment, status, save);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("offer").map(Long::parseLong).ifPresent(id -> {
            offer = offers.find(id);
            fill(offer);
        });
    }

    private void showTimingFields() {
        startsOn.setVisible(timing.getValue() == OfferTiming.ON_DATE);
        recurrence.setVisible(timing.getValue() == OfferTiming.RECURRING);
    }

    private OfferDetails details() {
        return new OfferDetails(type.getValue() == null ? null : type.getValue().getId(), title.getValue(),
                blankToNull(description.getValue()), mode.getValue(), timing.getValue(), startsOn.getValue(),
                blankToNull(recurrence.getValue()), places.getValue(), blankToNull(sector.getValue()), area.getValue(),
                blankToNull(location.getValue()), blankToNull(eligibility.getValue()), ringfenced.getValue(),
                commitment.getValue() == null ? null : commitment.getValue().getId(), status.getValue());
    }

    private void fill(Offer o) {
        OfferDetails d = o.details();
        type.setValue(o.getType());
        title.setValue(d.title());
        description.setValue(d.description() == null ? "" : d.description());
        mode.setValue(d.mode());
        timing.setValue(d.timing());
        startsOn.setValue(d.startsOn());
        recurrence.setValue(d.recurrence() == null ? "" : d.recurrence());
        places.setValue(d.places());
        sector.setValue(d.sector() == null ? "" : d.sector());
        area.setValue(d.area());
        location.setValue(d.location() == null ? "" : d.location());
        eligibility.setValue(d.eligibility() == null ? "" : d.eligibility());
        ringfenced.setValue(d.ringfenced());
        commitment.setValue(d.commitmentId() == null ? null : choiceFor(d.commitmentId()));
        status.setValue(d.status());
    }

    /** The commitment among the choices; one retired since the offer was logged is added, so saving keeps it. */
    private Commitment choiceFor(long commitmentId) {
        return commitmentChoices.stream().filter(c -> c.getId().equals(commitmentId)).findFirst()
                .or(() -> commitments.find(commitmentId).map(retired -> {
                    commitmentChoices.add(retired);
                    commitment.setItems(commitmentChoices);
                    return retired;
                }))
                .orElse(null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
