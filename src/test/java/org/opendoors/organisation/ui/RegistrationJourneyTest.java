package org.opendoors.organisation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.opendoors.KaribuTest;
import org.opendoors.TestMail;
import org.opendoors.organisation.OrganisationType;
import org.opendoors.organisation.SizeBand;

/** A visitor registers an organisation, confirms their e-mail address and can sign in as its employer user. */
class RegistrationJourneyTest extends KaribuTest {

    @Test
    void a_visitor_registers_confirms_their_address_and_becomes_the_employer_user() {
        String email = "jo.bloggs." + System.nanoTime() + "@quayside-bakery.example";
        navigate("register");
        fillOrganisationStep("Quayside Bakery " + System.nanoTime(), "ss12ab");
        _click(button("Continue"));
        fillPersonStep(email);
        _click(button("Continue"));
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Show our organisation on the public pledge wall once our pledge is approved")), true);
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withText("privacy notice (opens in a new tab)"))
                .getHref()).isEqualTo("privacy");
        _click(button("Continue"));
        assertThat(_get(H1.class).getText()).isEqualTo("Check your answers before registering");
        _click(button("Register"));

        assertThat(_get(H1.class).getText()).isEqualTo("Registration received");
        String reference = _find(Span.class).stream().map(Span::getText).filter(t -> t.startsWith("REG-")).findFirst().orElseThrow();
        MimeMessage confirm = TestMail.await(email, "Confirm your e-mail address");
        assertThat(TestMail.text(confirm)).contains(reference);
        String link = TestMail.linkPath(confirm, "verify-email/");

        navigate(link);
        assertThat(_get(H1.class).getText()).isEqualTo("Confirm your e-mail address");
        assertThat(users.service().exists(email)).as("opening the link changes nothing (mail systems open links to check them)").isFalse();
        _click(button("Confirm and register"));
        assertThat(_get(H1.class).getText()).isEqualTo("Your organisation is registered");
        assertThat(users.principal(email).roles()).extracting(Enum::name).containsExactly("EMPLOYER");
        assertThat(users.principal(email).organisationId()).isNotNull();

        navigate(link);
        assertThat(_get(H1.class).getText()).isEqualTo("This link cannot be used");
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class).getText()).contains("already been used");
    }

    @Test
    void an_expired_or_forged_link_is_refused_with_a_clear_page() {
        String email = "late." + System.nanoTime() + "@slow-responder.example";
        navigate("register");
        fillOrganisationStep("Slow Responder Ltd " + System.nanoTime(), "SS1 2AB");
        _click(button("Continue"));
        fillPersonStep(email);
        _click(button("Continue"));
        _click(button("Continue"));
        _click(button("Register"));
        String link = TestMail.linkPath(TestMail.await(email, "Confirm your e-mail address"), "verify-email/");

        clock.travel(Duration.ofHours(49));
        navigate(link);
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class).getText()).contains("expired");

        navigate("verify-email/not-a-real-token");
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class).getText()).contains("not recognised");
    }

    @Test
    void a_wrong_postcode_is_explained_next_to_the_field_and_the_answers_stay() {
        navigate("register");
        fillOrganisationStep("Postcode Problems Ltd", "SS1");
        _click(button("Continue"));
        TextField postcode = _get(TextField.class, spec -> spec.withLabel("Postcode"));
        assertThat(postcode.isInvalid()).isTrue();
        assertThat(postcode.getErrorMessage()).isEqualTo("Enter a real postcode, like SS1 2AB");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Organisation name")).getValue()).isEqualTo("Postcode Problems Ltd");

        _setValue(_get(TextField.class, spec -> spec.withLabel("Companies House number (optional)")), "12345");
        _setValue(postcode, "SS1 2AB");
        _click(button("Continue"));
        TextField companiesHouse = _get(TextField.class, spec -> spec.withLabel("Companies House number (optional)"));
        assertThat(companiesHouse.getErrorMessage()).contains("8 characters");
    }

    @Test
    void a_password_that_is_too_common_is_refused_on_the_about_you_step() {
        navigate("register");
        fillOrganisationStep("Weak Password Ltd", "SS1 2AB");
        _click(button("Continue"));
        fillPersonStep("weak." + System.nanoTime() + "@weak.example");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Create a password")), "qwerty123456");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Type the password again")), "qwerty123456");
        _click(button("Continue"));
        assertThat(_get(PasswordField.class, spec -> spec.withLabel("Create a password")).getErrorMessage()).contains("too common");
    }

    @SuppressWarnings("unchecked")
    private static void fillOrganisationStep(String name, String postcode) {
        _setValue(_get(TextField.class, spec -> spec.withLabel("Organisation name")), name);
        _setValue((RadioButtonGroup<OrganisationType>) _get(RadioButtonGroup.class, spec -> spec.withLabel("Type of organisation")),
                OrganisationType.BUSINESS);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Sector")), "Food and drink");
        _setValue((RadioButtonGroup<SizeBand>) _get(RadioButtonGroup.class, spec -> spec.withLabel("Number of employees")),
                SizeBand.MICRO);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Postcode")), postcode);
        _setValue((ComboBox<String>) _get(ComboBox.class, spec -> spec.withLabel("Area")), "Seafront");
    }

    private static void fillPersonStep(String email) {
        _setValue(_get(TextField.class, spec -> spec.withLabel("Full name")), "Jo Bloggs");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Job title")), "Owner");
        _setValue(_get(EmailField.class, spec -> spec.withLabel("E-mail address")), email);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Telephone number")), "01632 960 001");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Create a password")), "Bread-Harbour-Morning-4");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Type the password again")), "Bread-Harbour-Morning-4");
    }

    private static Button button(String text) {
        return _get(Button.class, spec -> spec.withText(text));
    }
}
