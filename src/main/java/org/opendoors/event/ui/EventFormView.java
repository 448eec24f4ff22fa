package org.opendoors.event.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
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
import org.opendoors.event.EngagementEvent;
import org.opendoors.event.EventAudience;
import org.opendoors.event.EventDetails;
import org.opendoors.event.EventService;
import org.opendoors.event.EventType;
import org.opendoors.security.AppRoles;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** Create an event, or change one ({@code ?event=<id>}). Times are UK time. */
@Route("events/manage/form")
@PageTitle("Event – Open Doors")
@RolesAllowed({AppRoles.ENGAGEMENT, AppRoles.ADMIN})
@AccessDeniedErrorRouter
class EventFormView extends Div implements BeforeEnterObserver {

    final TextField title = new TextField("Title");
    final Select<EventType> type = new Select<>();
    final TextArea description = new TextArea("Description (optional)");
    final DateTimePicker startsAt = new DateTimePicker("Starts");
    final DateTimePicker endsAt = new DateTimePicker("Ends");
    final TextField venue = new TextField("Venue (leave empty for an online event)");
    final TextField address = new TextField("Address (optional)");
    final TextField onlineLink = new TextField("Online link (optional)");
    final IntegerField capacity = new IntegerField("Places");
    final DateTimePicker opensAt = new DateTimePicker("Sign-up opens");
    final DateTimePicker closesAt = new DateTimePicker("Sign-up closes");
    final RadioButtonGroup<EventAudience> audience = new RadioButtonGroup<>("Who is it for?");
    final Checkbox askDietary = new Checkbox("Ask about dietary needs");
    final Checkbox askAccess = new Checkbox("Ask about access needs");
    final TextField extraQuestion = new TextField("Another question (optional)");
    private final EventService events;
    private EngagementEvent event;

    EventFormView(EventService events) {
        this.events = events;
        addClassName("form-page");
        type.setLabel("Type of event");
        type.setItems(EventType.values());
        type.setItemLabelGenerator(t -> t == null ? "" : t.label());
        audience.setItems(EventAudience.values());
        audience.setItemLabelGenerator(EventAudience::label);
        onlineLink.setHelperText("Sent to confirmed attendees only, starting https://");
        for (DateTimePicker picker : List.of(startsAt, endsAt, opensAt, closesAt)) {
            picker.setLocale(Locale.UK);
            picker.setStep(java.time.Duration.ofMinutes(15));
        }
        for (TextField field : List.of(title, venue, address, onlineLink, extraQuestion)) {
            field.setWidthFull();
        }
        description.setWidthFull();
        askDietary.setValue(true);
        askAccess.setValue(true);
        FieldErrors errors = new FieldErrors().bind("title", title).bind("type", type).bind("startsAt", startsAt)
                .bind("endsAt", endsAt).bind("venue", venue).bind("onlineLink", onlineLink).bind("capacity", capacity)
                .bind("signupOpensAt", opensAt).bind("signupClosesAt", closesAt).bind("audience", audience);
        Button save = new Button("Save event", e -> {
            try {
                errors.clear();
                event = events.save(event == null ? null : event.getId(), event == null ? null : event.getVersion(), details());
                getUI().ifPresent(ui -> ui.navigate("events/manage/" + event.getId()));
            } catch (FieldValidationException problem) {
                errors.show(problem);
            } catch (ObjectOptimisticLockingFailureException stale) {
                FieldErrors.showProblem("Someone else changed this event while you were editing. Reload the page to see their changes.");
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1("Event"), title, type, description, startsAt, endsAt, venue, address, onlineLink, capacity, opensAt, closesAt,
                audience, askDietary, askAccess, extraQuestion, save);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent enter) {
        enter.getLocation().getQueryParameters().getSingleParameter("event").map(Long::parseLong)
                .flatMap(events::find).ifPresent(this::fill);
    }

    private EventDetails details() {
        return new EventDetails(title.getValue(), type.getValue(), blank(description.getValue()), startsAt.getValue(),
                endsAt.getValue(), blank(venue.getValue()), blank(address.getValue()), blank(onlineLink.getValue()),
                capacity.getValue(), opensAt.getValue(), closesAt.getValue(), audience.getValue(), askDietary.getValue(),
                askAccess.getValue(), blank(extraQuestion.getValue()));
    }

    private void fill(EngagementEvent e) {
        event = e;
        EventDetails d = e.details();
        title.setValue(d.title());
        type.setValue(d.type());
        description.setValue(d.description() == null ? "" : d.description());
        startsAt.setValue(d.startsAt());
        endsAt.setValue(d.endsAt());
        venue.setValue(d.venue() == null ? "" : d.venue());
        address.setValue(d.address() == null ? "" : d.address());
        onlineLink.setValue(d.onlineLink() == null ? "" : d.onlineLink());
        capacity.setValue(d.capacity());
        opensAt.setValue(d.signupOpensAt());
        closesAt.setValue(d.signupClosesAt());
        audience.setValue(d.audience());
        askDietary.setValue(d.askDietary());
        askAccess.setValue(d.askAccess());
        extraQuestion.setValue(d.extraQuestion() == null ? "" : d.extraQuestion());
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
