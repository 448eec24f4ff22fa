package org.opendoors.event.ui;

import org.opendoors.base.ui.Formats;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.opendoors.base.FieldValidationException;
import org.opendoors.base.ui.FieldErrors;
import org.opendoors.base.ui.PrivacyNoticeLink;
import org.opendoors.base.ui.PublicLayout;
import org.opendoors.event.EngagementEvent;
import org.opendoors.event.EventService;
import org.opendoors.event.EventStatus;
import org.opendoors.event.SignupDetails;
import org.opendoors.event.SignupService;
import org.opendoors.security.CurrentUser;

/** One event and its sign-up form. No account needed; a signed-in user's details are filled in. */
@Route(value = "events/:eventId(\\d+)", layout = PublicLayout.class, autoLayout = false)
@AnonymousAllowed
class EventPageView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    final TextField name = new TextField("Full name");
    final TextField organisation = new TextField("Organisation (optional)");
    final EmailField email = new EmailField("E-mail address");
    final TextField dietary = new TextField("Dietary needs (optional)");
    final TextField access = new TextField("Access needs (optional)");
    final TextField extra = new TextField();
    final Checkbox consent = new Checkbox("I agree that the council may keep these details to run this event");
    private final EventService events;
    private final SignupService signups;
    private final CurrentUser currentUser;
    private String title = "Event";

    EventPageView(EventService events, SignupService signups, CurrentUser currentUser) {
        this.events = events;
        this.signups = signups;
        this.currentUser = currentUser;
        addClassName("form-page");
        for (TextField field : java.util.List.of(name, organisation, dietary, access, extra)) {
            field.setWidthFull();
        }
        email.setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent beforeEnter) {
        long eventId = beforeEnter.getRouteParameters().getLong("eventId").orElseThrow(NotFoundException::new);
        EngagementEvent event = events.find(eventId).orElseThrow(NotFoundException::new);
        title = event.getTitle();
        removeAll();
        add(new H1(event.getTitle()),
                new Paragraph(event.getType().label() + " for " + event.getAudience().label().toLowerCase()),
                new Paragraph(Formats.dayAndTime(event.getStartsAt()) + " to " + Formats.time(event.getEndsAt())
                        + " (UK time)"),
                new Paragraph("Where: " + event.where() + (event.getVenue() == null ? " – the link is sent to confirmed attendees" : "")));
        if (event.getDescription() != null) {
            add(new Paragraph(event.getDescription()));
        }
        if (event.getStatus() == EventStatus.CANCELLED) {
            add(new Paragraph("This event has been cancelled."));
            return;
        }
        currentUser.get().ifPresent(user -> {
            name.setValue(user.displayName());
            email.setValue(user.email());
        });
        add(new H2("Sign up"), name, organisation, email);
        if (event.isAskDietary()) {
            add(dietary);
        }
        if (event.isAskAccess()) {
            add(access);
        }
        if (event.getExtraQuestion() != null) {
            extra.setLabel(event.getExtraQuestion() + " (optional)");
            add(extra);
        }
        FieldErrors errors = new FieldErrors().bind("name", name).bind("email", email).bind("dietaryNeeds", dietary)
                .bind("accessNeeds", access).bind("consent", consent);
        Button signUp = new Button("Sign up", e -> {
            try {
                errors.clear();
                signups.signUp(eventId, new SignupDetails(name.getValue(), organisation.getValue(),
                        email.getValue(), dietary.getValue(), access.getValue(), extra.getValue(), consent.getValue()));
                confirm(event, email.getValue().trim());
            } catch (FieldValidationException problem) {
                errors.show(problem);
            }
        });
        signUp.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(consent, PrivacyNoticeLink.paragraph(), signUp);
    }

    /**
     * The same answer for every sign-up, new or repeated, so the page never tells anyone whether an e-mail
     * address was already signed up: the e-mail says whether it is a place or the waiting list.
     */
    private void confirm(EngagementEvent event, String emailAddress) {
        removeAll();
        Div panel = new Div(new H1("Check your e-mail"),
                new Paragraph("We have sent the details of your sign-up for " + event.getTitle() + " to " + emailAddress + "."));
        panel.addClassName("confirmation-panel");
        add(panel, new H2("What happens next"), new Paragraph("The e-mail says whether you have a place or are on the "
                + "waiting list. A place comes with a calendar invitation and reminders 2 days and 2 hours before; if a "
                + "place comes up while you are on the waiting list, it is yours automatically and we will e-mail you. "
                + "If you cannot come, use the cancel link in the e-mail."));
    }

    @Override
    public String getPageTitle() {
        return title + " – Open Doors";
    }
}
