package org.opendoors.organisation.ui;

import org.opendoors.privacy.PersonalDataCheck;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.opendoors.base.TimeConfiguration;
import org.opendoors.base.ui.Confirmation;
import org.opendoors.base.ui.FieldErrors;
import org.opendoors.base.ui.Formats;
import org.opendoors.base.ui.SummaryList;
import org.opendoors.base.ui.UserAction;
import org.opendoors.organisation.Activity;
import org.opendoors.organisation.ActivityService;
import org.opendoors.organisation.ActivityType;
import org.opendoors.organisation.Contact;
import org.opendoors.organisation.NewActivity;
import org.opendoors.organisation.Organisation;
import org.opendoors.organisation.OrganisationMergeService;
import org.opendoors.organisation.OrganisationPages;
import org.opendoors.organisation.OrganisationPages.OrganisationPage;
import org.opendoors.organisation.OrganisationPanel;
import org.opendoors.organisation.OrganisationService;
import org.opendoors.organisation.RegistrantDetails;
import org.opendoors.security.AppRoles;

/** One organisation for the engagement team: profile, contacts, pledges, activities and next actions. */
@Route("organisations/:organisationId(\\d+)")
@RolesAllowed({AppRoles.ENGAGEMENT, AppRoles.ADMIN})
@AccessDeniedErrorRouter
class OrganisationView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final OrganisationPages pages;
    private final OrganisationService organisations;
    private final ActivityService activities;
    private final OrganisationMergeService merges;
    private final List<OrganisationPanel> panels;
    private final Clock clock;
    ConsentSection consent;
    final Select<ActivityType> activityType = new Select<>();
    final DatePicker occurredOn = new DatePicker("Date");
    final TextArea notes = new TextArea("Notes");
    final TextField nextAction = new TextField("Next action (optional)");
    final DatePicker nextActionOn = new DatePicker("Next action due");
    final TextField contactName = new TextField("Name");
    final TextField contactJobTitle = new TextField("Job title");
    final EmailField contactEmail = new EmailField("E-mail address");
    final TextField contactPhone = new TextField("Telephone");
    private final FieldErrors errors = new FieldErrors().bind("contactName", contactName).bind("contactEmail", contactEmail)
            .bind("type", activityType).bind("occurredOn", occurredOn).bind("nextAction", nextAction)
            .bind("nextActionOn", nextActionOn).bind("notes", notes);
    private final UserAction action = UserAction.thenRefresh(this::render).errorsAt(errors)
            .whenStale("Someone changed this organisation while you were looking; here it is as it stands now.");
    private long organisationId;
    private String title = "Organisation";

    OrganisationView(OrganisationPages pages, OrganisationService organisations, ActivityService activities,
                     OrganisationMergeService merges, List<OrganisationPanel> panels, Clock clock) {
        this.pages = pages;
        this.organisations = organisations;
        this.activities = activities;
        this.merges = merges;
        this.panels = panels.stream().sorted(Comparator.comparingInt(OrganisationPanel::order)).toList();
        this.clock = clock;
        activityType.setLabel("Kind of activity");
        activityType.setItems(ActivityType.values());
        activityType.setItemLabelGenerator(ActivityType::label);
        for (DatePicker picker : List.of(occurredOn, nextActionOn)) {
            picker.setLocale(Locale.UK);
            picker.setAutoOpen(false);
        }
        notes.setWidthFull();
        notes.setHelperText(PersonalDataCheck.HINT);
        nextAction.setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        organisationId = event.getRouteParameters().getLong("organisationId").orElseThrow(NotFoundException::new);
        render();
    }

    private void render() {
        removeAll();
        OrganisationPage page = pages.page(organisationId).orElseThrow(NotFoundException::new);
        Organisation organisation = page.organisation();
        title = organisation.getName();
        add(new H1(organisation.getName()));
        if (organisation.getMergedInto() != null) {
            add(new Paragraph("This organisation was merged into another record."));
        }
        add(profile(organisation));
        page.possibleDuplicate().ifPresent(existing -> add(duplicateNotice(organisation, existing)));
        if (!page.lookedAfterByMe()) {
            add(new Button("I will look after this organisation", e -> action.run(() -> pages.lookAfter(organisationId),
                    "You now look after " + organisation.getName())));
        }
        add(vetting(organisation));
        consent = new ConsentSection(organisation, page.consents(), organisations, action);
        add(consent);
        add(new H2("Contacts"), contacts(page.contacts()), contactForm());
        panels.forEach(panel -> add(panel.create(organisationId)));
        add(new H2("Activities"), activityList(page.activities()), activityForm());
    }

    /** Safeguarding: whether advisers see this organisation's offers, and the team's check that lets them. */
    private Div vetting(Organisation o) {
        Div section = new Div(new H2("Vetting"));
        String why = o.getVettedAt() != null
                ? "Checked by " + o.getVettedBy() + " on " + Formats.date(LocalDate.ofInstant(o.getVettedAt(), TimeConfiguration.LONDON)) + "."
                : o.isPledgeInForce() ? "Vetted by its approved pledge." : "Not vetted yet.";
        section.add(new Paragraph(why + (o.isListable() ? " Advisers can see its open offers and ask for places."
                : " Advisers cannot see its offers or ask it for places.")));
        if (o.getVettedAt() == null) {
            section.add(new Button("Mark as vetted", e -> action.run(() -> organisations.markVetted(organisationId),
                    o.getName() + " is marked as vetted")));
        } else {
            section.add(new Button("Withdraw vetting", e -> action.run(() -> organisations.withdrawVetting(organisationId),
                    "Vetting withdrawn for " + o.getName())));
        }
        return section;
    }

    private SummaryList profile(Organisation o) {
        return new SummaryList().row("Status", o.getStatus().name().toLowerCase())
                .row("Type", o.getType() == null ? "" : o.getType().label()).row("Sector", o.getSector())
                .row("Size", o.getSizeBand() == null ? "" : o.getSizeBand().label()).row("Postcode", o.getPostcode())
                .row("Area", o.getArea()).row("Website", o.getWebsite()).row("Companies House", o.getCompaniesHouseNumber())
                .row("On the pledge wall", o.isWallConsent() ? "Yes, if pledged" : "No");
    }

    private Div duplicateNotice(Organisation organisation, Organisation existing) {
        Button merge = new Button("Merge into " + existing.getName(), e -> Confirmation.ask(
                "Merge " + organisation.getName() + " into " + existing.getName() + "?", "Everything it holds moves to "
                        + existing.getName() + ". The audit trail keeps both records.", "Merge", "Keep them apart",
                () -> UserAction.thenRefresh(() -> getUI().ifPresent(ui -> ui.navigate("organisations/" + existing.getId())))
                        .run(() -> merges.merge(organisation.getId(), existing.getId()), "Merged into " + existing.getName())));
        Div notice = new Div(new Paragraph("This may be the same organisation as " + existing.getName()
                + " (same name, Companies House number or e-mail domain)."), merge);
        notice.addClassName("error-summary");
        return notice;
    }

    private static UnorderedList contacts(List<Contact> contacts) {
        UnorderedList list = new UnorderedList();
        contacts.forEach(c -> list.add(new ListItem(c.getName()
                + (c.getJobTitle() == null ? "" : ", " + c.getJobTitle()) + " – " + c.getEmail()
                + (c.getPhone() == null ? "" : " – " + c.getPhone()))));
        return list;
    }

    private Div contactForm() {
        Button add = new Button("Add contact", e -> {
            if (action.run(() -> organisations.addContact(organisationId, new RegistrantDetails(contactName.getValue(),
                    contactJobTitle.getValue(), contactEmail.getValue(), contactPhone.getValue())), "Contact added")) {
                List.of(contactName, contactJobTitle, contactPhone).forEach(TextField::clear);
                contactEmail.clear();
            }
        });
        Div form = new Div(contactName, contactJobTitle, contactEmail, contactPhone, add);
        form.addClassName("inline-form");
        return form;
    }

    private static UnorderedList activityList(List<Activity> activities) {
        UnorderedList list = new UnorderedList();
        for (Activity a : activities) {
            String next = a.getNextAction() == null ? "" : " Next: " + a.getNextAction() + " by " + Formats.date(a.getNextActionOn())
                    + (a.isNextActionDone() ? " (done)" : "");
            list.add(new ListItem(Formats.date(a.getOccurredOn()) + " – " + a.getType().label() + ": "
                    + (a.getNotes() == null ? "" : a.getNotes()) + next));
        }
        return list;
    }

    private Div activityForm() {
        if (occurredOn.isEmpty()) {
            occurredOn.setValue(LocalDate.now(clock));
        }
        Button record = new Button("Record activity", e -> {
            if (action.run(() -> activities.record(organisationId, new NewActivity(activityType.getValue(), occurredOn.getValue(),
                    notes.getValue(), nextAction.getValue(), nextActionOn.getValue())), "Activity recorded")) {
                notes.clear();
                nextAction.clear();
                nextActionOn.clear();
            }
        });
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new Div(new H2("Record an activity"), activityType, occurredOn, notes, nextAction, nextActionOn, record);
    }

    @Override
    public String getPageTitle() {
        return title + " – Open Doors";
    }
}
