package org.opendoors.pledge.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.opendoors.KaribuTest;
import org.opendoors.TestEmployers;
import org.opendoors.TestMail;
import org.opendoors.certificate.CertificatePdfText;
import org.opendoors.pledge.PledgeService;
import org.opendoors.pledge.PledgeStatus;
import org.opendoors.pledge.PledgeTransition;
import org.opendoors.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

/** An employer builds and submits a pledge; the engagement team approves or returns it; the certificate follows. */
class PledgeJourneyTest extends KaribuTest {

    @Autowired
    TestEmployers employers;

    @Autowired
    PledgeService pledges;

    @Test
    void a_submitted_and_approved_pledge_gets_a_certificate_that_the_public_page_verifies() throws Exception {
        TestEmployers.Employer employer = employers.register(true);
        signIn(employer.email());
        navigate("pledge/edit");
        choose("Ringfenced apprenticeships", 2);
        choose("Guaranteed interviews", 5);
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("When does your pledge start?")), LocalDate.now(clock).plusDays(10));
        _click(_get(Button.class, spec -> spec.withText("Continue")));

        assertThat(_get(H1.class).getText()).isEqualTo("Check your pledge before submitting it");
        _click(_get(Button.class, spec -> spec.withText("Submit pledge")));
        assertThat(_get(H1.class).getText()).isEqualTo("Pledge submitted");
        String reference = _find(Span.class).stream().map(Span::getText).filter(t -> t.startsWith("PLG-")).findFirst().orElseThrow();
        assertThat(TestMail.text(TestMail.await(employer.email(), "We have received your pledge " + reference)))
                .contains("What happens next");

        signOut();
        signIn(users.create(Role.ENGAGEMENT));
        long pledgeId = Long.parseLong(reference.substring(4));
        navigate("pledges/" + pledgeId);
        _click(_get(Button.class, spec -> spec.withText("Approve and issue certificate")));
        assertThat(pledges.pledgesOf(employer.organisationId()).getFirst().getStatus()).isEqualTo(PledgeStatus.APPROVED);

        MimeMessage approval = TestMail.await(employer.email(), "is approved");
        String text = CertificatePdfText.of(TestMail.attachment(approval, "open-doors-pledge-certificate.pdf"));
        assertThat(text).contains(employer.organisationName())
                .contains("Ringfenced apprenticeships – 2 apprenticeships a year")
                .contains("Guaranteed interviews – 5 interviews a year");
        String code = CertificatePdfText.verificationCode(text);

        signOut();
        navigate("verify/" + code);
        assertThat(_get(H1.class).getText()).isEqualTo("This certificate is valid");
        assertThat(_find(Paragraph.class).getFirst().getText()).contains(employer.organisationName());
    }

    @Test
    void a_returned_pledge_shows_the_reason_and_can_be_changed_and_resubmitted() {
        TestEmployers.Employer employer = employers.register(false);
        long pledgeId = employers.submittedPledge(employer.organisationId(), 2).getId();

        signIn(users.create(Role.ENGAGEMENT));
        navigate("pledges/" + pledgeId);
        _click(_get(Button.class, spec -> spec.withText("Return to the employer")));
        TextArea reason = _get(TextArea.class, spec -> spec.withLabel("Reason for returning it (the employer sees this)"));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Say what the employer needs to change");
        _setValue(reason, "Please add how many placements you can offer.");
        _click(_get(Button.class, spec -> spec.withText("Return to the employer")));
        assertThat(TestMail.text(TestMail.await(employer.email(), "Please update your pledge")))
                .contains("Please add how many placements you can offer.");

        signOut();
        signIn(employer.email());
        navigate("pledge/edit");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .anyMatch(t -> t.contains("Please add how many placements you can offer."));
        choose("Paid and unpaid work experience", 4);
        _click(_get(Button.class, spec -> spec.withText("Continue")));
        _click(_get(Button.class, spec -> spec.withText("Submit pledge")));

        assertThat(pledges.history(pledgeId)).extracting(PledgeTransition::getToStatus).containsExactly(
                PledgeStatus.DRAFT, PledgeStatus.SUBMITTED, PledgeStatus.RETURNED, PledgeStatus.SUBMITTED);
        assertThat(pledges.find(pledgeId).getCommitments()).hasSize(3);
    }

    @Test
    void a_draft_keeps_what_was_typed_and_a_bad_number_is_explained_next_to_it() {
        TestEmployers.Employer employer = employers.register(false);
        signIn(employer.email());
        navigate("pledge/edit");
        choose("Mentoring", 0);
        _click(_get(Button.class, spec -> spec.withText("Save draft")));
        IntegerField quantity = quantityOf("Mentoring");
        assertThat(quantity.isInvalid()).isTrue();
        assertThat(quantity.getErrorMessage()).isEqualTo("Enter a number from 1 to 10000, or leave it empty");

        _setValue(quantity, 3);
        _click(_get(Button.class, spec -> spec.withText("Save draft")));
        navigate("pledge");
        navigate("pledge/edit");
        assertThat(quantityOf("Mentoring").getValue()).isEqualTo(3);
        assertThat(pledges.current(employer.organisationId()).orElseThrow().getStatus()).isEqualTo(PledgeStatus.DRAFT);
    }

    @Test
    void submitting_without_a_start_date_says_what_is_missing() {
        TestEmployers.Employer employer = employers.register(false);
        signIn(employer.email());
        navigate("pledge/edit");
        choose("Work trials", 1);
        _click(_get(Button.class, spec -> spec.withText("Continue")));
        _click(_get(Button.class, spec -> spec.withText("Submit pledge")));
        assertThat(pledges.current(employer.organisationId()).orElseThrow().getStatus()).isEqualTo(PledgeStatus.DRAFT);
    }

    private static void choose(String commitment, int perYear) {
        _setValue(_get(Checkbox.class, spec -> spec.withLabel(commitment)), true);
        if (perYear != 0) {
            _setValue(quantityOf(commitment), perYear);
        } else {
            _setValue(quantityOf(commitment), -1);
        }
    }

    private static IntegerField quantityOf(String commitment) {
        Checkbox box = _get(Checkbox.class, spec -> spec.withLabel(commitment));
        return _get(box.getParent().orElseThrow(), IntegerField.class, spec -> { });
    }
}
