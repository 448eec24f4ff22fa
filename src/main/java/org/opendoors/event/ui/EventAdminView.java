package org.opendoors.event.ui;

import org.opendoors.base.ui.Formats;

import org.opendoors.base.ui.CsvDownload;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import org.opendoors.base.FieldValidationException;
import org.opendoors.base.ui.Confirmation;
import org.opendoors.base.ui.FieldErrors;
import org.opendoors.base.ui.UserAction;
import org.opendoors.event.Attendance;
import org.opendoors.event.EventExport;
import org.opendoors.event.EngagementEvent;
import org.opendoors.event.EventService;
import org.opendoors.event.EventSignup;
import org.opendoors.event.EventStatus;
import org.opendoors.event.SignupService;
import org.opendoors.event.SignupStatus;
import org.opendoors.security.AppRoles;
import org.springframework.data.domain.PageRequest;

/** One event for the engagement team: publish or cancel, sign-ups and waiting list, attendance, export, follow-up. */
@Route("events/manage/:eventId(\\d+)")
@RolesAllowed({AppRoles.ENGAGEMENT, AppRoles.ADMIN})
@AccessDeniedErrorRouter
class EventAdminView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    final Grid<EventSignup> signupGrid = new Grid<>(EventSignup.class, false);
    final TextArea followUp = new TextArea("Follow-up message to everyone who came");
    private final UserAction action = UserAction.thenRefresh(this::render).refreshAfterRefusal();
    private final EventService events;
    private final SignupService signups;
    private final EventExport export;
    private long eventId;
    private String title = "Event";

    EventAdminView(EventService events, SignupService signups, EventExport export) {
        this.events = events;
        this.signups = signups;
        this.export = export;
        signupGrid.setId("signups");
        signupGrid.addColumn(EventSignup::getName).setHeader("Name");
        signupGrid.addColumn(EventSignup::getOrganisationName).setHeader("Organisation");
        signupGrid.addColumn(s -> s.getStatus() == SignupStatus.WAITLISTED ? "Waiting list, number " + signups.positionOf(s)
                : s.getStatus().label() + (s.isOverCapacity() ? " (over capacity)" : "")).setHeader("Status").setKey("status");
        signupGrid.addComponentColumn(s -> s.getStatus() != SignupStatus.WAITLISTED ? new Div()
                : new HorizontalLayout(new Button("Give a place", e -> promote(s, false)),
                        new Button("Over capacity", e -> promote(s, true)))).setHeader("Waiting list").setKey("promote").setAutoWidth(true);
        signupGrid.setAriaLabel("Sign-ups");
        followUp.setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent enter) {
        eventId = enter.getRouteParameters().getLong("eventId").orElseThrow(NotFoundException::new);
        render();
    }

    private void render() {
        removeAll();
        EngagementEvent event = events.find(eventId).orElseThrow(NotFoundException::new);
        title = event.getTitle();
        add(new H1(event.getTitle()), new Paragraph(event.getStatus().label() + " · " + Formats.dayAndTime(event.getStartsAt())
                + " · " + event.getConfirmedCount() + " of " + event.getCapacity() + " places taken"));
        HorizontalLayout actions = new HorizontalLayout(new Anchor("events/manage/form?event=" + eventId, "Change the event"),
                new Anchor("events/manage/" + eventId + "/check-in", "Check-in list"));
        if (event.getStatus() == EventStatus.DRAFT) {
            Button publish = new Button("Publish", e -> action.run(() -> events.publish(eventId), "Published: it is on the public events page"));
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(publish);
        }
        if (event.getStatus() != EventStatus.CANCELLED) {
            Button cancel = new Button("Cancel event", e -> Confirmation.ask("Cancel " + event.getTitle() + "?",
                    "Everyone signed up will be e-mailed.", "Cancel event", "Keep it",
                    () -> action.run(() -> events.cancel(eventId), "Event cancelled")));
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            actions.add(cancel);
        }
        add(actions);

        Attendance a = signups.attendance(eventId);
        add(new H2("Attendance"), new Paragraph(a.confirmed() + " confirmed, " + a.waitlisted() + " waiting, " + a.attended()
                + " came (" + a.walkIns() + " walk-ins), " + a.noShows() + " did not come; " + a.pledgesWithin30Days()
                + " pledges made by attendees' organisations within 30 days."));
        signupGrid.setItems(q -> signups.search(eventId, null, PageRequest.of(q.getPage(), q.getPageSize())).stream(),
                q -> (int) signups.countSearch(eventId, null));
        FieldErrors errors = new FieldErrors().bind("followUp", followUp);
        Button send = new Button("Send follow-up", e -> {
            try {
                signups.sendFollowUp(eventId, followUp.getValue());
                FieldErrors.showSuccess("Follow-up e-mail on its way to everyone who came");
                followUp.clear();
            } catch (FieldValidationException problem) {
                errors.show(problem);
            }
        });
        add(new H2("Sign-ups"), signupGrid,
                new Div(new CsvDownload("the sign-ups and attendance", "attendees.csv", out -> export.signups(eventId, null, out))), new H2("Afterwards"), followUp, send);
    }

    private void promote(EventSignup signup, boolean overCapacity) {
        action.run(() -> signups.promote(signup.getId(), overCapacity), signup.getName() + " has a place");
    }


    @Override
    public String getPageTitle() {
        return title + " – Open Doors";
    }
}
