package org.opendoors.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import org.opendoors.base.FieldValidationException;
import org.opendoors.base.ui.FieldErrors;
import org.opendoors.organisation.Organisation;
import org.opendoors.organisation.OrganisationAccess;
import org.opendoors.organisation.OrganisationProfile;
import org.opendoors.organisation.OrganisationService;
import org.opendoors.organisation.OrganisationType;
import org.opendoors.organisation.SizeBand;
import org.opendoors.security.AppRoles;
import org.opendoors.security.UserAccountService;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** An employer keeps their organisation's profile up to date and invites colleagues. */
@Route("our-organisation")
@PageTitle("Organisation profile – Open Doors")
@Menu(title = "Organisation profile", order = 12)
@RolesAllowed(AppRoles.EMPLOYER)
@AccessDeniedErrorRouter
class OurOrganisationView extends Div {

    final TextField name = new TextField("Organisation name");
    final RadioButtonGroup<OrganisationType> type = new RadioButtonGroup<>("Type of organisation");
    final TextField sector = new TextField("Sector");
    final RadioButtonGroup<SizeBand> sizeBand = new RadioButtonGroup<>("Number of employees");
    final TextField postcode = new TextField("Postcode");
    final ComboBox<String> area = new ComboBox<>("Area");
    final TextField website = new TextField("Website (optional)");
    final TextField companiesHouseNumber = new TextField("Companies House number (optional)");
    final Checkbox contactConsent = new Checkbox("The council's engagement team may contact us about opportunities and events");
    final Checkbox wallConsent = new Checkbox("Show our organisation on the public pledge wall while our pledge is in force");
    final TextField colleagueName = new TextField("Colleague's full name");
    final EmailField colleagueEmail = new EmailField("Colleague's e-mail address");

    private final OrganisationService organisations;
    private Organisation organisation;

    OurOrganisationView(OrganisationService organisations, OrganisationAccess access, UserAccountService accounts) {
        this.organisations = organisations;
        organisation = organisations.find(access.ownOrganisationId()).orElseThrow();
        addClassName("form-page");
        type.setItems(OrganisationType.values());
        type.setItemLabelGenerator(OrganisationType::label);
        sizeBand.setItems(SizeBand.values());
        sizeBand.setItemLabelGenerator(SizeBand::label);
        area.setItems(organisations.activeAreaNames());
        fill(organisation.profile());

        FieldErrors errors = new FieldErrors().bind("organisationName", name).bind("type", type).bind("sector", sector)
                .bind("sizeBand", sizeBand).bind("postcode", postcode).bind("area", area).bind("website", website)
                .bind("companiesHouseNumber", companiesHouseNumber);
        Button save = new Button("Save profile", e -> {
            try {
                errors.clear();
                organisation = organisations.updateProfile(organisation.getId(), organisation.getVersion(), profile());
                fill(organisation.profile());
                FieldErrors.showSuccess("Your organisation's profile is saved");
            } catch (FieldValidationException problem) {
                errors.show(problem);
            } catch (ObjectOptimisticLockingFailureException stale) {
                FieldErrors.showProblem("A colleague changed the profile while you were editing. Your changes were not "
                        + "saved: reload the page to see theirs, then make yours again.");
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        FieldErrors inviteErrors = new FieldErrors().bind("displayName", colleagueName).bind("email", colleagueEmail);
        Button invite = new Button("Send invitation", e -> {
            try {
                inviteErrors.clear();
                accounts.inviteColleague(colleagueName.getValue(), colleagueEmail.getValue());
                FieldErrors.showSuccess("Invitation sent to " + colleagueEmail.getValue());
                colleagueName.clear();
                colleagueEmail.clear();
            } catch (FieldValidationException problem) {
                inviteErrors.show(problem);
            }
        });

        UnorderedList contacts = new UnorderedList();
        organisations.contacts(organisation.getId()).forEach(c -> contacts.add(new ListItem(
                c.getName() + (c.getJobTitle() == null ? "" : ", " + c.getJobTitle()) + " – " + c.getEmail())));

        add(new H1("Organisation profile"), name, type, sector, sizeBand, postcode, area, website, companiesHouseNumber,
                contactConsent, wallConsent, save,
                new H2("Contacts"), contacts,
                new H2("Invite a colleague"),
                new Paragraph("Colleagues you invite can sign in, see and update your organisation's pledge and offers."),
                colleagueName, colleagueEmail, invite);
    }

    private void fill(OrganisationProfile p) {
        name.setValue(p.name());
        type.setValue(p.type());
        sector.setValue(p.sector() == null ? "" : p.sector());
        sizeBand.setValue(p.sizeBand());
        postcode.setValue(p.postcode() == null ? "" : p.postcode());
        area.setValue(p.area());
        website.setValue(p.website() == null ? "" : p.website());
        companiesHouseNumber.setValue(p.companiesHouseNumber() == null ? "" : p.companiesHouseNumber());
        contactConsent.setValue(p.contactConsent());
        wallConsent.setValue(p.wallConsent());
    }

    private OrganisationProfile profile() {
        return new OrganisationProfile(name.getValue(), type.getValue(), sector.getValue(), sizeBand.getValue(),
                postcode.getValue(), area.getValue(), website.getValue(), companiesHouseNumber.getValue(),
                contactConsent.getValue(), wallConsent.getValue());
    }
}
