package org.opendoors.offer.ui;

import org.opendoors.base.ui.SummaryList;
import org.opendoors.base.ui.Formats;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import org.opendoors.base.FieldValidationException;
import org.opendoors.offer.contracts.SupplierContracts;
import org.opendoors.offer.contracts.ContractTagSelect;
import org.opendoors.base.ui.FieldErrors;
import org.opendoors.offer.Delivery;
import org.opendoors.offer.Offer;
import org.opendoors.offer.OfferService;
import org.opendoors.security.AppRoles;

/** One offer: what it is, and the record of what was delivered. */
@Route("offers/:offerId(\\d+)")
@RolesAllowed({AppRoles.EMPLOYER, AppRoles.ENGAGEMENT, AppRoles.ADMIN})
@AccessDeniedErrorRouter
class OfferView extends Div implements BeforeEnterObserver, HasDynamicTitle {


    private final OfferService offers;
    final DatePicker deliveredOn = new DatePicker("Date");
    final IntegerField youngPeople = new IntegerField("How many young people took part?");
    final BigDecimalField hours = new BigDecimalField("How many hours in total?");
    final ContractTagSelect contract;
    private long offerId;
    private String title = "Offer";

    OfferView(OfferService offers, SupplierContracts contracts) {
        this.offers = offers;
        this.contract = new ContractTagSelect(contracts);
        deliveredOn.setLocale(Locale.UK);
        deliveredOn.setAutoOpen(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        offerId = event.getRouteParameters().getLong("offerId").orElseThrow();
        render();
    }

    private void render() {
        removeAll();
        Offer offer = offers.find(offerId);
        title = offer.getTitle();
        add(new H1(offer.getTitle()), summary(offer), new Anchor("offers/form?offer=" + offerId, "Change this offer"));
        add(new H2("What was delivered"));
        UnorderedList list = new UnorderedList();
        for (Delivery d : offers.deliveries(offerId)) {
            list.add(new ListItem(Formats.longDate(d.getDeliveredOn()) + ": " + d.getYoungPeople() + " young "
                    + (d.getYoungPeople() == 1 ? "person" : "people") + ", " + d.getHours().stripTrailingZeros().toPlainString() + " hours"));
        }
        if (list.getChildren().findAny().isEmpty()) {
            add(new Paragraph("Nothing recorded yet."));
        } else {
            add(list);
        }
        contract.showFor(offer.getOrganisationId());
        FieldErrors errors = new FieldErrors().bind("deliveredOn", deliveredOn).bind("youngPeople", youngPeople).bind("hours", hours)
                .bind("contract", contract);
        Button record = new Button("Record delivery", e -> {
            try {
                errors.clear();
                offers.logDelivery(offerId, deliveredOn.getValue(), youngPeople.getValue(), hours.getValue(), contract.contractId());
                FieldErrors.showSuccess("Delivery recorded");
                youngPeople.clear();
                hours.clear();
                render();
            } catch (FieldValidationException problem) {
                errors.show(problem);
            }
        });
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2("Record a delivery"), deliveredOn, youngPeople, hours, contract, record);
    }

    private static SummaryList summary(Offer o) {
        return new SummaryList().row("Type", o.getType().getName()).row("When", o.when())
                .row("How", o.getMode().label()).row("Places", String.valueOf(o.getPlaces()))
                .row("Area", o.getArea()).row("Location", o.getLocation())
                .row("Eligibility", o.getEligibility())
                .row("Ringfenced for care leavers", o.isRingfenced() ? "Yes" : "No")
                .row("Status", o.getStatus().label()).row("Description", o.getDescription());
    }

    @Override
    public String getPageTitle() {
        return title + " – Open Doors";
    }
}
