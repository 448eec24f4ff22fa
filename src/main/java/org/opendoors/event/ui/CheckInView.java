package org.opendoors.event.ui;

import org.opendoors.event.EventExport;
import org.opendoors.base.ui.CsvDownload;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import org.opendoors.base.FieldValidationException;
import org.opendoors.base.ui.FieldErrors;
import org.opendoors.event.EventSignup;
import org.opendoors.event.SignupService;
import org.opendoors.event.SignupStatus;
import org.opendoors.security.AppRoles;
import org.springframework.data.domain.PageRequest;

/** On the day, on a tablet: find people, tick them in, add walk-ins. Large touch targets. */
@Route("events/manage/:eventId(\\d+)/check-in")
@PageTitle("Check-in – Open Doors")
@RolesAllowed({AppRoles.ENGAGEMENT, AppRoles.ADMIN})
@AccessDeniedErrorRouter
class CheckInView extends Div implements BeforeEnterObserver {

    final TextField search = new TextField("Find by name, e-mail or organisation");
    final Grid<EventSignup> list = new Grid<>(EventSignup.class, false);
    final TextField walkInName = new TextField("Name");
    final TextField walkInOrganisation = new TextField("Organisation (optional)");
    final EmailField walkInEmail = new EmailField("E-mail (optional)");
    private final SignupService signups;
    private final EventExport export;
    private long eventId;

    CheckInView(SignupService signups, EventExport export) {
        this.export = export;
        this.signups = signups;
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setWidthFull();
        search.addValueChangeListener(e -> list.getDataProvider().refreshAll());
        list.setId("check-in");
        list.addComponentColumn(s -> {
            Checkbox here = new Checkbox("Here", s.isAttended());
            here.getElement().setAttribute("aria-label", s.getName() + " is here");
            here.addValueChangeListener(e -> signups.markAttended(s.getId(), e.getValue()));
            return here;
        }).setHeader("Attended").setKey("attended").setAutoWidth(true);
        list.addColumn(EventSignup::getName).setHeader("Name").setFlexGrow(2);
        list.addColumn(EventSignup::getOrganisationName).setHeader("Organisation").setFlexGrow(2);
        list.addColumn(s -> s.getStatus() == SignupStatus.WAITLISTED ? "Waiting list" : s.isWalkIn() ? "Walk-in" : "Booked").setHeader("");
        list.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        list.setAriaLabel("Check-in list");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent enter) {
        eventId = enter.getRouteParameters().getLong("eventId").orElseThrow();
        removeAll();
        list.setItems(q -> signups.search(eventId, search.getValue(), PageRequest.of(q.getPage(), q.getPageSize())).stream(),
                q -> (int) signups.countSearch(eventId, search.getValue()));
        FieldErrors errors = new FieldErrors().bind("walkInName", walkInName).bind("walkInEmail", walkInEmail);
        Button add = new Button("Add walk-in", e -> {
            try {
                errors.clear();
                signups.addWalkIn(eventId, walkInName.getValue(), walkInOrganisation.getValue(), walkInEmail.getValue());
                FieldErrors.showSuccess(walkInName.getValue() + " added and checked in");
                walkInName.clear();
                walkInOrganisation.clear();
                walkInEmail.clear();
                list.getDataProvider().refreshAll();
            } catch (FieldValidationException problem) {
                errors.show(problem);
            }
        });
        add(new H1("Check-in"), search, list,
                new Div(new CsvDownload("this list", "check-in.csv", out -> export.signups(eventId, search.getValue(), out))),
                new H2("Walk-in"), walkInName, walkInOrganisation, walkInEmail, add);
    }
}
