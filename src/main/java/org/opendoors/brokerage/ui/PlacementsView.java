package org.opendoors.brokerage.ui;

import org.opendoors.base.ui.NamePicker;
import org.opendoors.base.csv.CsvColumns;
import org.opendoors.base.ui.CsvDownload;
import org.opendoors.brokerage.BrokerageExport;
import org.opendoors.privacy.PersonalDataCheck;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.Locale;
import org.opendoors.base.FieldValidationException;
import org.opendoors.offer.contracts.SupplierContracts;
import org.opendoors.offer.contracts.ContractTagSelect;
import org.opendoors.base.ui.FieldErrors;
import org.opendoors.brokerage.PlaceRequestService;
import com.vaadin.flow.component.combobox.ComboBox;
import org.opendoors.brokerage.PlacementRow;
import org.opendoors.offer.OfferType;
import org.opendoors.offer.OfferTypeService;
import org.opendoors.organisation.Organisation;
import org.opendoors.organisation.OrganisationService;
import org.opendoors.brokerage.PlacementOutcome;
import org.opendoors.brokerage.PlacementService;
import org.opendoors.brokerage.RequestForCouncil;
import org.opendoors.brokerage.SustainmentCheck;
import org.opendoors.brokerage.SustainmentResult;
import org.opendoors.security.AppRoles;
import org.springframework.data.domain.PageRequest;

/** Placements: start one from an accepted request, record outcomes, and do the 13, 26 and 52-week checks. */
@Route("placements")
@PageTitle("Placements – Open Doors")
@Menu(title = "Placements", order = 24)
@RolesAllowed({AppRoles.ENGAGEMENT, AppRoles.ADMIN})
@AccessDeniedErrorRouter
class PlacementsView extends Div {

    final Select<RequestForCouncil> acceptedRequest = new Select<>();
    final DatePicker startDate = new DatePicker("Start date");
    final Grid<SustainmentCheck> dueChecks = new Grid<>(SustainmentCheck.class, false);
    final Grid<PlacementRow> placements = new Grid<>(PlacementRow.class, false);
    private final PlacementService placementService;
    private final PlaceRequestService requests;

    final TextField reference = new TextField("Young person's reference");
    final ComboBox<Organisation> organisation;
    final Select<OfferType> offerType = new Select<>();
    final DatePicker directStart = new DatePicker("Start date");
    final ContractTagSelect requestContract;
    final ContractTagSelect directContract;

    PlacementsView(PlacementService placementService, PlaceRequestService requests, OrganisationService organisations,
                   OfferTypeService types, SupplierContracts contracts, BrokerageExport export) {
        requestContract = new ContractTagSelect(contracts);
        directContract = new ContractTagSelect(contracts);
        this.placementService = placementService;
        this.requests = requests;
        organisation = new NamePicker<>("Organisation", organisations::findByNamePrefix, Organisation::getName);
        organisation.addValueChangeListener(e -> directContract.showFor(e.getValue() == null ? null : e.getValue().getId()));
        offerType.setLabel("Type of opportunity");
        offerType.setItems(types.active());
        offerType.setItemLabelGenerator(t -> t == null ? "" : t.getName());
        reference.setHelperText("YP- and digits, like YP-4821, or your case reference. Never a name.");
        directStart.setLocale(Locale.UK);
        directStart.setAutoOpen(false);
        FieldErrors directErrors = new FieldErrors().bind("reference", reference).bind("organisation", organisation)
                .bind("type", offerType).bind("startDate", directStart).bind("contract", directContract);
        Button recordDirect = new Button("Record placement", e -> {
            try {
                directErrors.clear();
                placementService.record(reference.getValue(), null,
                        organisation.getValue() == null ? null : organisation.getValue().getId(),
                        offerType.getValue() == null ? null : offerType.getValue().getId(), directStart.getValue(),
                        directContract.contractId());
                FieldErrors.showSuccess("Placement recorded; checks at 13, 26 and 52 weeks are on your list");
                reference.clear();
                refresh();
            } catch (FieldValidationException problem) {
                directErrors.show(problem);
            }
        });
        acceptedRequest.setLabel("Accepted request");
        acceptedRequest.addValueChangeListener(e -> requestContract.showFor(e.getValue() == null ? null : e.getValue().organisationId()));
        acceptedRequest.setItemLabelGenerator(r -> r == null ? "" : r.youngPersonRef() + " – " + r.offer() + " at " + r.organisation());
        startDate.setLocale(Locale.UK);
        startDate.setAutoOpen(false);
        FieldErrors errors = new FieldErrors().bind("startDate", startDate).bind("contract", requestContract);
        Button start = new Button("Record placement", e -> {
            try {
                errors.clear();
                if (acceptedRequest.getValue() == null) {
                    throw new FieldValidationException("", "Choose the accepted request the placement comes from");
                }
                placementService.fromRequest(acceptedRequest.getValue().id(), startDate.getValue(), requestContract.contractId());
                FieldErrors.showSuccess("Placement recorded; checks at 13, 26 and 52 weeks are on your list");
                refresh();
            } catch (FieldValidationException problem) {
                errors.show(problem);
            }
        });
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        dueChecks.addColumn(c -> c.getWeeks() + " weeks").setHeader("Check");
        dueChecks.addColumn(c -> c.getDueOn().toString()).setHeader("Due");
        dueChecks.addComponentColumn(c -> new HorizontalLayout(
                new Button("Still in EET", e -> check(c, SustainmentResult.IN_EET)),
                new Button("Not in EET", e -> check(c, SustainmentResult.NOT_IN_EET)))).setHeader("Result").setKey("result").setAutoWidth(true);
        dueChecks.setAriaLabel("Sustainment checks due");
        dueChecks.setId("due-checks");
        dueChecks.setAllRowsVisible(true);

        placements.addColumn(PlacementRow::youngPersonRef).setHeader("Young person");
        placements.addColumn(PlacementRow::organisation).setHeader("Organisation").setFlexGrow(2);
        placements.addColumn(PlacementRow::offerType).setHeader("Type");
        placements.addColumn(p -> p.startDate().toString()).setHeader("Started");
        placements.addColumn(p -> p.outcome() == null ? "In progress" : p.outcome().label()).setHeader("Outcome");
        placements.addComponentColumn(p -> new Button("Record outcome", e -> outcomeDialog(p))).setHeader("");
        placements.setItems(q -> placementService.all(PageRequest.of(q.getPage(), q.getPageSize())).stream(),
                q -> (int) placementService.count());
        placements.setAriaLabel("Placements");
        refresh();
        CsvColumns<SustainmentCheck> checkColumns = CsvColumns.of(SustainmentCheck.class)
                .add("Check", c -> c.getWeeks() + " weeks").add("Due on", SustainmentCheck::getDueOn);
        add(new H1("Placements"), new H2("Checks due"), dueChecks,
                new Div(CsvDownload.ofGrid("these checks", "checks-due.csv", dueChecks, checkColumns)),
                new H2("Start a placement"), new Paragraph("From a request the employer accepted."), acceptedRequest, startDate, requestContract, start,
                new H2("Record a placement made another way"), new Paragraph("With an organisation, for a type of opportunity."),
                reference, organisation, offerType, directStart, directContract, recordDirect,
                new H2("All placements"), placements,
                new Div(new CsvDownload("all placements", "placements.csv", export::placements)));
    }

    private void check(SustainmentCheck check, SustainmentResult result) {
        placementService.recordCheck(check.getId(), result);
        FieldErrors.showSuccess(check.getWeeks() + "-week check recorded");
        refresh();
    }

    private void outcomeDialog(PlacementRow placement) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Outcome for " + placement.youngPersonRef());
        Select<PlacementOutcome> outcome = new Select<>();
        outcome.setLabel("Outcome");
        outcome.setItems(PlacementOutcome.values());
        outcome.setItemLabelGenerator(o -> o == null ? "" : o.label());
        DatePicker on = new DatePicker("Date", LocalDate.now());
        on.setLocale(Locale.UK);
        TextField reason = new TextField("Reason (if they left early)");
        reason.setHelperText(PersonalDataCheck.HINT);
        FieldErrors errors = new FieldErrors().bind("outcome", outcome).bind("outcomeOn", on).bind("reason", reason);
        Button save = new Button("Save outcome", e -> {
            try {
                placementService.recordOutcome(placement.id(), outcome.getValue(), on.getValue(), reason.getValue());
                dialog.close();
                refresh();
            } catch (FieldValidationException problem) {
                errors.show(problem);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(outcome, on, reason);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }

    private void refresh() {
        acceptedRequest.setItems(requests.awaitingPlacement());
        dueChecks.setItems(placementService.myDueChecks());
        placements.getDataProvider().refreshAll();
    }
}
