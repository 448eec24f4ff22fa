package org.opendoors.organisation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import org.opendoors.base.ui.SummaryList;
import org.opendoors.base.FieldValidationException;
import org.opendoors.base.ui.FieldErrors;
import org.opendoors.base.ui.PrivacyNoticeLink;
import org.opendoors.base.ui.QuestionSteps;
import org.opendoors.base.ui.PublicLayout;
import org.opendoors.organisation.ConsentWording;
import org.opendoors.organisation.OrganisationProfile;
import org.opendoors.organisation.OrganisationService;
import org.opendoors.organisation.RegistrantDetails;
import org.opendoors.organisation.RegistrationService;
import org.opendoors.security.PasswordPolicy;

/**
 * Register an organisation, GOV.UK style: your organisation, about you, what we may do, check your answers,
 * then a confirmation with a reference. Each step is checked before the next; going back loses nothing.
 */
@Route(value = "register", layout = PublicLayout.class, autoLayout = false)
@PageTitle("Register your organisation – Open Doors")
@AnonymousAllowed
class RegisterView extends Div {

    private final RegistrationService registrations;

    private final OrganisationProfileFields organisation;

    final TextField personName = new TextField("Full name");
    final TextField jobTitle = new TextField("Job title");
    final EmailField email = new EmailField("E-mail address");
    final TextField phone = new TextField("Telephone number");
    final PasswordField password = new PasswordField("Create a password");
    final PasswordField passwordAgain = new PasswordField("Type the password again");


    private final FieldErrors errors = new FieldErrors();
    private final Div step = new Div();
    private final QuestionSteps steps = new QuestionSteps(step, errors);

    RegisterView(RegistrationService registrations, OrganisationService organisations) {
        this.registrations = registrations;
        addClassName("form-page");
        organisation = new OrganisationProfileFields(organisations.activeAreaNames(),
                ConsentWording.WALL_AT_REGISTRATION);
        phone.setHelperText("For example, 01632 960 001 or 07700 900 982");
        password.setHelperText("At least " + PasswordPolicy.MIN_LENGTH + " characters. Three random words together make a strong password.");
        for (var field : List.of(personName, jobTitle, phone)) {
            field.setWidthFull();
        }
        email.setWidthFull();
        password.setWidthFull();
        passwordAgain.setWidthFull();
        organisation.bindTo(errors).bind("personName", personName)
                .bind("jobTitle", jobTitle).bind("email", email).bind("phone", phone).bind("password", password)
                .bind("passwordAgain", passwordAgain);
        add(step);
        showOrganisationStep();
    }

    private void showOrganisationStep() {
        steps.show("Register your organisation", "Step 1 of 3: your organisation",
                organisation.organisationFields(),
                null, () -> {
                    registrations.checkOrganisation(profile());
                    showPersonStep();
                });
    }

    private void showPersonStep() {
        steps.show("About you", "Step 2 of 3: you will sign in to Open Doors with this e-mail address",
                List.of(personName, jobTitle, email, phone, password, passwordAgain),
                this::showOrganisationStep, () -> {
                    registrations.checkPerson(person(), password.getValue(), passwordAgain.getValue());
                    showConsentStep();
                });
    }

    private void showConsentStep() {
        List<Component> fields = new java.util.ArrayList<>(organisation.consentFields());
        fields.add(PrivacyNoticeLink.paragraph());
        steps.show("How we may use your details", "Step 3 of 3: both are optional", fields, this::showPersonStep,
                this::showCheckAnswers);
    }

    private void showCheckAnswers() {
        step.removeAll();
        OrganisationProfile p = profile();
        step.add(new H1("Check your answers before registering"),
                new H2("Your organisation"),
                new SummaryList().row("Organisation name", p.name()).row("Type", p.type().label())
                        .row("Sector", p.sector()).row("Employees", p.sizeBand().label())
                        .row("Postcode", p.postcode()).row("Area", p.area())
                        .row("Website", orNone(p.website()))
                        .row("Companies House number", orNone(p.companiesHouseNumber())),
                QuestionSteps.changeLink("Change your organisation's details", this::showOrganisationStep),
                new H2("About you"),
                new SummaryList().row("Name", personName.getValue()).row("Job title", jobTitle.getValue())
                        .row("E-mail", email.getValue()).row("Telephone", phone.getValue()),
                QuestionSteps.changeLink("Change your details", this::showPersonStep),
                new H2("How we may use your details"),
                new SummaryList().row("Contact from the engagement team", p.contactConsent() ? "Yes" : "No")
                        .row("On the public pledge wall", p.wallConsent() ? "Yes" : "No"),
                QuestionSteps.changeLink("Change these choices", this::showConsentStep),
                new Paragraph("By registering you confirm the details are correct and you may act for this organisation."));
        Button register = new Button("Register", e -> register());
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        step.add(register);
    }

    private void register() {
        try {
            String reference = registrations.register(profile(), person(), password.getValue());
            showConfirmation(reference);
        } catch (FieldValidationException problem) {
            // something changed since the step was checked (e.g. the e-mail was registered meanwhile)
            boolean aboutOrganisation = List.of("organisationName", "type", "sector", "sizeBand", "postcode", "area",
                    "website", "companiesHouseNumber").contains(problem.field());
            if (aboutOrganisation) {
                showOrganisationStep();
            } else {
                showPersonStep();
            }
            errors.show(problem);
        }
    }

    private void showConfirmation(String reference) {
        step.removeAll();
        Div panel = new Div(new H1("Registration received"), new Paragraph("Your reference is"), new Span(reference));
        panel.addClassName("confirmation-panel");
        step.add(panel,
                new H2("What happens next"),
                new Paragraph("We have sent an e-mail to " + email.getValue() + ". Open the link in it within 48 hours "
                        + "to confirm your address. Your organisation is then registered and you can sign in and make your pledge."),
                new Paragraph("If the e-mail does not arrive, check your junk folder, or contact the engagement team quoting "
                        + reference + "."));
    }

    private OrganisationProfile profile() {
        return organisation.profile();
    }

    private RegistrantDetails person() {
        return new RegistrantDetails(personName.getValue(), jobTitle.getValue(), email.getValue(), phone.getValue());
    }


    private static String orNone(String value) {
        return value == null ? "Not given" : value;
    }
}
