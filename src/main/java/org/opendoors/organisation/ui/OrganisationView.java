package org.opendoors.organisation.ui;

import org.opendoors.privacy.PersonalDataCheck;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
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
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.opendoors.base.FieldValidationException;
import org.opendoors.base.ui.FieldErrors;
import org.opendoors.organisation.Activity;
import org.opendoors.organisation.ActivityService;
import org.opendoors.organisation.ActivityType;
import org.opendoors.organisation.ConsentHistory;
import org.opendoors.organisation.NewActivity;
import org.opendoors.organisation.Organisation;
import org.opendoors.organisation.OrganisationMergeService;
import org.opendoors.organisation.OrganisationPanel;
import org.opendoors.organisation.OrganisationService;
import org.opendoors.organisation.RegistrantDetails;
import org.opendoors.security.AppRoles;
import org.opendoors.security.CurrentUser;

/** One organisation for the engagement team: profile, contacts, pledges, activities and next actions. */
@Route("organisations/:organisationId(\\d+)")
@RolesAllowed({AppRoles.ENGAGEMENT, AppRoles.ADMIN})
@AccessDeniedErrorRouter
class OrganisationView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private final OrganisationService organisations;
    private final ActivityService activities;
    private final OrganisationMergeService merges;
    private final List<OrganisationPanel> panels;
    private final CurrentUser currentUser;
    private final ConsentHistory consents;
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
    private long organisationId;
    private String title = "Organisation";

    OrganisationView(OrganisationService organisations, ActivityService activities, OrganisationMergeService merges,
                     List<OrganisationPanel> panels, CurrentUser currentUser, ConsentHistory consents) {
        this.consents = consents;
        this.organisations = organisations;
        this.activities = activities;
        this.merges = merges;
        this.panels = panels.stream().sorted(Comparator.comparingInt(OrganisationPanel::order)).toList();
        this.currentUser = currentUser;
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
        Organisation organisation = organisations.find(organisationId).orElseThrow(NotFoundException::new);
        title = organisation.getName();
        add(new H1(organisation.getName()));
        if (organisation.getMergedInto() != null) {
            add(new Paragraph("This organisation was merged into another record."));
        }
        add(profile(organisation));
        if (organisation.getPossibleDuplicateOf() != null) {
            organisations.find(organisation.getPossibleDuplicateOf()).ifPresent(existing -> add(duplicateNotice(organisation, existing)));
        }
        if (organisation.getOwnerUserId() == null || organisation.getOwnerUserId() != currentUser.require().id()) {
            add(new Button("I will look after this organisation", e -> {
                organisations.assignOwner(organisationId, currentUser.require().id());
                FieldErrors.showSuccess("You now look after " + organisation.getName());
                render();
            }));
        }
        add(vetting(organisation));
        consent = new ConsentSection(organisation, consents, organisations, this::render);
        add(consent);
        add(new H2("Contacts"), contacts(), contactForm());
        panels.forEach(panel -> add(panel.create(organisationId)));
        add(new H2("Activities"), activityList(), activityForm());
    }

    /** Safeguarding: whether advisers see this organisation's offers, and the team's check that lets them. */
    private Div vetting(Organisation o) {
        Div section = new Div(new H2("Vetting"));
        String why = o.getVettedAt() != null
                ? "Checked by " + o.getVettedBy() + " on " + DATE.format(o.getVettedAt().atZone(org.opendoors.base.TimeConfiguration.LONDON)) + "."
                : o.isPledgeInForce() ? "Vetted by its approved pledge." : "Not vetted yet.";
        section.add(new Paragraph(why + (o.isListable() ? " Advisers can see its open offers and ask for places."
                : " Advisers cannot see its offers or ask it for places.")));
        if (o.getVettedAt() == null) {
            section.add(new Button("Mark as vetted", e -> {
                organisations.markVetted(organisationId);
                FieldErrors.showSuccess(o.getName() + " is marked as vetted");
                render();
            }));
        } else {
            section.add(new Button("Withdraw vetting", e -> {
                organisations.withdrawVetting(organisationId);
                FieldErrors.showSuccess("Vetting withdrawn for " + o.getName());
                render();
            }));
        }
        return section;
    }

    private Div profile(Organisation o) {
        Div profile = new Div();
        Element list = new Element("dl");
        list.getClassList().add("summary-list");
        String[][] rows = {
                {"Status", o.getStatus().name().toLowerCase()}, {"Type", o.getType() == null ? "" : o.getType().label()},
                {"Sector", o.getSector()}, {"Size", o.getSizeBand() == null ? "" : o.getSizeBand().label()},
                {"Postcode", o.getPostcode()}, {"Area", o.getArea()}, {"Website", o.getWebsite()},
                {"Companies House", o.getCompaniesHouseNumber()}, {"On the pledge wall", o.isWallConsent() ? "Yes, if pledged" : "No"}};
        for (String[] row : rows) {
            list.appendChild(new Element("dt").setText(row[0]), new Element("dd").setText(row[1] == null ? "" : row[1]));
        }
        profile.getElement().appendChild(list);
        return profile;
    }

    private Div duplicateNotice(Organisation organisation, Organisation existing) {
        Button merge = new Button("Merge into " + existing.getName(), e -> {
            ConfirmDialog confirm = new ConfirmDialog("Merge " + organisation.getName() + " into " + existing.getName() + "?",
                    "Its contacts, pledges, activities and users move to " + existing.getName()
                            + ". The audit trail keeps both records.", "Merge", ok -> {
                try {
                    merges.merge(organisation.getId(), existing.getId());
                    FieldErrors.showSuccess("Merged into " + existing.getName());
                    getUI().ifPresent(ui -> ui.navigate("organisations/" + existing.getId()));
                } catch (FieldValidationException problem) {
                    FieldErrors.showProblem(problem.getMessage());
                }
            });
            confirm.setCancelable(true);
            confirm.open();
        });
        Div notice = new Div(new Paragraph("This may be the same organisation as " + existing.getName()
                + " (same name, Companies House number or e-mail domain)."), merge);
        notice.addClassName("error-summary");
        return notice;
    }

    private UnorderedList contacts() {
        UnorderedList list = new UnorderedList();
        organisations.contacts(organisationId).forEach(c -> list.add(new ListItem(c.getName()
                + (c.getJobTitle() == null ? "" : ", " + c.getJobTitle()) + " – " + c.getEmail()
                + (c.getPhone() == null ? "" : " – " + c.getPhone()))));
        return list;
    }

    private Div contactForm() {
        FieldErrors errors = new FieldErrors().bind("contactName", contactName).bind("contactEmail", contactEmail);
        Button add = new Button("Add contact", e -> {
            try {
                errors.clear();
                organisations.addContact(organisationId, new RegistrantDetails(contactName.getValue(),
                        contactJobTitle.getValue(), contactEmail.getValue(), contactPhone.getValue()));
                List.of(contactName, contactJobTitle, contactPhone).forEach(TextField::clear);
                contactEmail.clear();
                render();
            } catch (FieldValidationException problem) {
                errors.show(problem);
            }
        });
        Div form = new Div(contactName, contactJobTitle, contactEmail, contactPhone, add);
        form.addClassName("inline-form");
        return form;
    }

    private UnorderedList activityList() {
        UnorderedList list = new UnorderedList();
        for (Activity a : activities.of(organisationId)) {
            String next = a.getNextAction() == null ? "" : " Next: " + a.getNextAction() + " by " + DATE.format(a.getNextActionOn())
                    + (a.isNextActionDone() ? " (done)" : "");
            list.add(new ListItem(DATE.format(a.getOccurredOn()) + " – " + a.getType().label() + ": "
                    + (a.getNotes() == null ? "" : a.getNotes()) + next));
        }
        return list;
    }

    private Div activityForm() {
        FieldErrors errors = new FieldErrors().bind("type", activityType).bind("occurredOn", occurredOn)
                .bind("nextAction", nextAction).bind("nextActionOn", nextActionOn);
        if (occurredOn.isEmpty()) {
            occurredOn.setValue(LocalDate.now());
        }
        Button record = new Button("Record activity", e -> {
            try {
                errors.clear();
                activities.record(organisationId, new NewActivity(activityType.getValue(), occurredOn.getValue(),
                        notes.getValue(), nextAction.getValue(), nextActionOn.getValue()));
                notes.clear();
                nextAction.clear();
                nextActionOn.clear();
                FieldErrors.showSuccess("Activity recorded");
                render();
            } catch (FieldValidationException problem) {
                errors.show(problem);
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
