package org.opendoors.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import org.opendoors.base.FieldValidationException;
import org.opendoors.base.ui.FieldErrors;
import org.opendoors.organisation.ConsentWording;
import org.opendoors.organisation.Organisation;
import org.opendoors.organisation.OrganisationAccess;
import org.opendoors.organisation.OrganisationService;
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

    final TextField colleagueName = new TextField("Colleague's full name");
    final EmailField colleagueEmail = new EmailField("Colleague's e-mail address");

    private final OrganisationProfileFields fields;
    private Organisation organisation;

    OurOrganisationView(OrganisationService organisations, OrganisationAccess access, UserAccountService accounts) {
        organisation = organisations.find(access.ownOrganisationId()).orElseThrow();
        addClassName("form-page");
        fields = new OrganisationProfileFields(organisations.activeAreaNames(),
                ConsentWording.WALL_ON_PROFILE);
        fields.fill(organisation.profile());

        FieldErrors errors = fields.bindTo(new FieldErrors());
        Button save = new Button("Save profile", e -> {
            try {
                errors.clear();
                organisation = organisations.updateProfile(organisation.getId(), organisation.getVersion(), fields.profile());
                fields.fill(organisation.profile());
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
                accounts.inviteColleague(colleagueName.getValue(), colleagueEmail.getValue(), organisation.getName());
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

        add(new H1("Organisation profile"));
        fields.organisationFields().forEach(this::add);
        fields.consentFields().forEach(this::add);
        add(save,
                new H2("Contacts"), contacts,
                new H2("Invite a colleague"),
                new Paragraph("Colleagues you invite can sign in, see and update your organisation's pledge and offers."),
                colleagueName, colleagueEmail, invite);
    }
}
