package org.opendoors.brokerage.ui;

import org.opendoors.base.ui.NamePicker;
import org.opendoors.base.ui.Formats;

import org.opendoors.base.ui.CsvDownload;
import org.opendoors.brokerage.BrokerageExport;
import org.opendoors.privacy.PersonalDataCheck;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import org.opendoors.base.FieldValidationException;
import org.opendoors.base.ui.FieldErrors;
import org.opendoors.base.ui.UserAction;
import org.opendoors.brokerage.AskRow;
import org.opendoors.brokerage.AskService;
import org.opendoors.brokerage.AskStatus;
import org.opendoors.brokerage.EngagementAsk;
import org.opendoors.offer.OfferType;
import org.opendoors.offer.OfferTypeService;
import org.opendoors.organisation.Organisation;
import org.opendoors.organisation.OrganisationService;
import org.opendoors.security.AppRoles;
import org.springframework.data.domain.PageRequest;

/** The engagement team asks employers for specific help, and follows each ask to done. */
@Route("asks")
@PageTitle("Asks to employers – Open Doors")
@Menu(title = "Asks to employers", order = 23)
@RolesAllowed({AppRoles.ENGAGEMENT, AppRoles.ADMIN})
@AccessDeniedErrorRouter
class AsksView extends Div {

    final ComboBox<Organisation> organisation;
    final Select<OfferType> type = new Select<>();
    final DateTimePicker proposedAt = new DateTimePicker("Proposed date and time");
    final TextArea details = new TextArea("Details (optional)");
    final Grid<AskRow> grid = new Grid<>(AskRow.class, false);
    private final UserAction action = UserAction.thenRefresh(() -> grid.getDataProvider().refreshAll()).refreshAfterRefusal();
    private final AskService asks;

    AsksView(AskService asks, BrokerageExport export, OfferTypeService types, OrganisationService organisations) {
        this.asks = asks;
        organisation = new NamePicker<>("Organisation", organisations::findByNamePrefix, Organisation::getName);
        type.setLabel("What are you asking for?");
        type.setItems(types.active());
        type.setItemLabelGenerator(t -> t == null ? "" : t.getName());
        proposedAt.setLocale(Locale.UK);
        proposedAt.setStep(java.time.Duration.ofMinutes(15));
        details.setWidthFull();
        details.setMaxLength(EngagementAsk.DETAILS_MAX_LENGTH);
        details.setHelperText("For example: a 30-minute mock interview for a warehouse role, at your Northgate site. "
                + PersonalDataCheck.HINT);
        FieldErrors errors = new FieldErrors().bind("organisation", organisation).bind("type", type)
                .bind("proposedAt", proposedAt).bind("details", details);
        Button send = new Button("Send ask", e -> {
            try {
                errors.clear();
                asks.send(organisation.getValue() == null ? null : organisation.getValue().getId(),
                        type.getValue() == null ? null : type.getValue().getId(), proposedAt.getValue(), details.getValue());
                FieldErrors.showSuccess("Ask sent to " + organisation.getValue().getName());
                details.clear();
                grid.getDataProvider().refreshAll();
            } catch (FieldValidationException problem) {
                errors.show(problem);
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.addColumn(AskRow::organisation).setHeader("Organisation").setFlexGrow(2);
        grid.addColumn(AskRow::offerType).setHeader("Asked for");
        grid.addColumn(a -> Formats.shortDayAndTime(a.proposedAt())).setHeader("When");
        grid.addColumn(a -> a.status().label() + (a.chasedAt() != null && a.status() == AskStatus.SENT ? " (chased)" : ""))
                .setHeader("Status");
        grid.addComponentColumn(this::actions).setHeader("Next step").setAutoWidth(true);
        grid.setItems(q -> asks.all(PageRequest.of(q.getPage(), q.getPageSize())).stream(), q -> (int) asks.count());
        grid.setAriaLabel("Asks");
        add(new H1("Asks to employers"), new H2("Send an ask"), organisation, type, proposedAt, details, send,
                new H2("Asks sent"), grid, new Div(new CsvDownload("these asks", "asks.csv", export::asks)));
    }

    private HorizontalLayout actions(AskRow ask) {
        HorizontalLayout buttons = new HorizontalLayout();
        if (ask.status() == AskStatus.ACCEPTED) {
            buttons.add(new Button("Scheduled", e -> action.run(() -> asks.schedule(ask.id()), "Marked as scheduled")));
        }
        if (ask.status() == AskStatus.SCHEDULED) {
            buttons.add(new Button("Done", e -> action.run(() -> asks.complete(ask.id()), "Marked as done")));
        }
        if (ask.status() == AskStatus.SENT || ask.status() == AskStatus.ACCEPTED || ask.status() == AskStatus.SCHEDULED) {
            buttons.add(new Button("Cancel", e -> action.run(() -> asks.cancel(ask.id()), "Ask cancelled")));
        }
        return buttons;
    }

}
