package org.opendoors.brokerage.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import org.opendoors.base.FieldValidationException;
import org.opendoors.base.ui.FieldErrors;
import org.opendoors.brokerage.AgeBand;
import org.opendoors.privacy.PersonalDataCheck;
import org.opendoors.privacy.YoungPersonReferences;
import org.opendoors.brokerage.PlaceRequest;
import org.opendoors.brokerage.PlaceRequestService;
import org.opendoors.offer.Offer;
import org.opendoors.offer.OfferService;
import org.opendoors.organisation.OrganisationService;
import org.opendoors.security.AppRoles;

/** An adviser asks for a place for a young person, who is known here only by reference, age band and area. */
@Route("opportunities/:offerId(\\d+)/request")
@PageTitle("Request a place – Open Doors")
@RolesAllowed(AppRoles.ADVISER)
@AccessDeniedErrorRouter
class RequestPlaceView extends Div implements BeforeEnterObserver {

    final TextField reference = new TextField("Young person's reference");
    final RadioButtonGroup<AgeBand> ageBand = new RadioButtonGroup<>("Age band");
    final ComboBox<String> area = new ComboBox<>("Area they live in");
    final TextArea hopes = new TextArea("What do they hope to gain?");
    private final OfferService offers;
    private final PlaceRequestService requests;
    private long offerId;

    RequestPlaceView(OfferService offers, PlaceRequestService requests, OrganisationService organisations) {
        this.offers = offers;
        this.requests = requests;
        addClassName("form-page");
        reference.setHelperText("YP- and 4 to 6 digits, like YP-4821, or your case reference. Never a name.");
        reference.setMaxLength(YoungPersonReferences.MAX_LENGTH);
        ageBand.setItems(AgeBand.values());
        ageBand.setItemLabelGenerator(AgeBand::label);
        area.setItems(organisations.activeAreaNames());
        hopes.setHelperText(PersonalDataCheck.HINT);
        hopes.setMaxLength(PlaceRequest.HOPES_MAX_LENGTH);
        hopes.setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        offerId = event.getRouteParameters().getLong("offerId").orElseThrow();
        Offer offer = offers.find(offerId);
        removeAll();
        FieldErrors errors = new FieldErrors().bind("reference", reference).bind("ageBand", ageBand).bind("area", area)
                .bind("hopes", hopes);
        Button send = new Button("Send request", e -> {
            try {
                errors.clear();
                PlaceRequest request = requests.request(offerId, reference.getValue(), ageBand.getValue(), area.getValue(),
                        hopes.getValue());
                confirm(request, offer);
            } catch (FieldValidationException problem) {
                errors.show(problem);
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1("Request a place"), new Paragraph(offer.getTitle() + " – " + offer.getType().getName() + ", " + offer.when()),
                reference, ageBand, area, hopes, send);
    }

    private void confirm(PlaceRequest request, Offer offer) {
        removeAll();
        Div panel = new Div(new H1("Request sent"), new Paragraph("Your reference is"), new Span(PlaceRequestService.reference(request.getId())));
        panel.addClassName("confirmation-panel");
        add(panel, new H2("What happens next"),
                new Paragraph("We have told the employer about your request for a place on \"" + offer.getTitle()
                        + "\". They see the age band, area and what the young person hopes to gain, never the reference. "
                        + "We will e-mail you when they answer."),
                new Anchor("requests", "See your requests"));
    }
}
