package org.opendoors.socialvalue.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opendoors.KaribuTest;
import org.opendoors.TestEmployers;
import org.opendoors.TestMail;
import org.opendoors.TestOffers;
import org.opendoors.base.SystemTask;
import org.opendoors.brokerage.AgeBand;
import org.opendoors.brokerage.PlaceRequestService;
import org.opendoors.brokerage.PlacementService;
import org.opendoors.offer.Offer;
import org.opendoors.security.Role;
import org.opendoors.socialvalue.Contract;
import org.opendoors.socialvalue.ContractDetails;
import org.opendoors.socialvalue.ContractService;
import org.opendoors.socialvalue.Grade;
import org.opendoors.socialvalue.KpiReturn;
import org.opendoors.socialvalue.Measure;
import org.opendoors.socialvalue.ReportingFrequency;
import org.opendoors.socialvalue.ReturnService;
import org.opendoors.socialvalue.ReturnStatus;
import org.springframework.beans.factory.annotation.Autowired;

/** A supplier's return: pre-filled from Open Doors, evidence checked, queried, resubmitted, graded; reminders. */
class ReturnJourneyTest extends KaribuTest {

    @Autowired
    TestEmployers employers;

    @Autowired
    TestOffers offers;

    @Autowired
    ContractService contracts;

    @Autowired
    ReturnService returns;

    @Autowired
    PlaceRequestService requests;

    @Autowired
    PlacementService placements;

    @Test
    void the_actual_is_pre_filled_from_placements_recorded_in_open_doors_and_a_different_figure_needs_a_reason() {
        TestEmployers.Employer supplier = employers.register(false);
        long contractId = contract(supplier, "CL3", LocalDate.now().minusDays(10));
        recordPlacement(supplier);

        signIn(supplier.email());
        navigate("contracts/" + contractId + "/returns/1");
        BigDecimalField actual = _get(BigDecimalField.class, spec -> spec.withLabel(
                "CL3 Work experience placements for care leavers (placements): actual (target 2)"));
        assertThat(actual.getValue()).isEqualByComparingTo("1");
        assertThat(actual.getHelperText()).isEqualTo("Recorded in Open Doors: 1");

        _setValue(actual, new BigDecimal("3"));
        _setValue(_get(TextArea.class, spec -> spec.withLabel("What happened this period")), "Three young people started.");
        _click(_get(Button.class, spec -> spec.withText("Save draft")));
        TextField reason = _get(TextField.class, spec -> spec.withLabel("Why your figure differs from Open Doors' record (if it does)"));
        assertThat(reason.getErrorMessage()).isEqualTo("Say why your figure differs from the 1 recorded in Open Doors");
        assertThat(_get(TextArea.class, spec -> spec.withLabel("What happened this period")).getValue()).isEqualTo("Three young people started.");

        _setValue(reason, "Two started through our own scheme, not yet in Open Doors");
        _click(_get(Button.class, spec -> spec.withText("Submit return")));
        assertThat(returns.open(contractId, 1).getStatus()).isEqualTo(ReturnStatus.SUBMITTED);
    }

    @Test
    void evidence_must_really_be_a_pdf_jpeg_or_png_and_at_most_5_mb() {
        TestEmployers.Employer supplier = employers.register(false);
        long contractId = contract(supplier, "CL6", LocalDate.now().minusDays(10));
        signIn(supplier.email());
        byte[] pdf = "%PDF-1.7\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        returns.addEvidence(contractId, 1, "receipt.pdf", pdf);
        assertThatThrownBy(() -> returns.addEvidence(contractId, 1, "photo.png", "MZ this is really a program".getBytes()))
                .hasMessage("photo.png is not a PDF, JPEG or PNG file. Upload evidence as PDF, JPEG or PNG");
        byte[] huge = new byte[5 * 1024 * 1024 + 1];
        huge[0] = (byte) 0xFF;
        huge[1] = (byte) 0xD8;
        huge[2] = (byte) 0xFF;
        assertThatThrownBy(() -> returns.addEvidence(contractId, 1, "scan.jpg", huge))
                .hasMessage("scan.jpg is larger than 5 MB: make it smaller or split it");
        assertThat(returns.evidence(contractId, 1)).singleElement()
                .satisfies(f -> assertThat(f.contentType()).isEqualTo("application/pdf"));
    }

    @Test
    void the_officer_queries_the_supplier_resubmits_and_the_officer_accepts_with_the_suggested_grade() throws Exception {
        TestEmployers.Employer supplier = employers.register(false);
        long contractId = contract(supplier, "CL6", LocalDate.now().minusDays(10));
        Measure cl6 = measure("CL6");
        signIn(supplier.email());
        KpiReturn draft = returns.open(contractId, 1);
        long kpiId = draft.getLines().getFirst().getKpiId();
        KpiReturn saved = returns.save(contractId, 1, draft.getVersion(), Map.of(kpiId, new BigDecimal("1.5")), Map.of(), "Some");
        returns.submit(contractId, 1, saved.getVersion());

        signOut();
        String officer = users.create(Role.PROCUREMENT);
        signIn(officer);
        returns.query(contractId, 1, "Please attach the payment confirmation");
        TestMail.await(supplier.email(), "Query on your social value return");

        signOut();
        signIn(supplier.email());
        KpiReturn queried = returns.open(contractId, 1);
        assertThat(queried.getStatus()).isEqualTo(ReturnStatus.QUERIED);
        returns.submit(contractId, 1, queried.getVersion());

        signOut();
        signIn(officer);
        assertThat(returns.suggestedGrade(contractId, 1)).isEqualTo(Grade.SLIPPED); // 1.5 of 2 is 75%
        navigate("contracts/" + contractId + "/returns/1");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Explanation of the grade")), "Three quarters of the fund paid");
        _click(_get(Button.class, spec -> spec.withText("Accept and grade")));
        KpiReturn accepted = returns.open(contractId, 1);
        assertThat(accepted.getStatus()).isEqualTo(ReturnStatus.ACCEPTED);
        assertThat(accepted.getGrade()).isEqualTo(Grade.SLIPPED);
        assertThat(Grade.suggested(new BigDecimal("2"), new BigDecimal("2"))).isEqualTo(Grade.FULLY_ACHIEVED);
        assertThat(Grade.suggested(new BigDecimal("1.8"), new BigDecimal("2"))).isEqualTo(Grade.ON_TRACK);
        assertThat(Grade.suggested(new BigDecimal("0.5"), new BigDecimal("2"))).isEqualTo(Grade.NOT_ACHIEVED);
        assertThat(cl6.getCode()).isEqualTo("CL6");

        String report = org.opendoors.certificate.CertificatePdfText.of(context.getBean(
                org.opendoors.socialvalue.ContractReportService.class).pdf(contractId));
        assertThat(report).contains("Social value report: Grounds maintenance").contains("3 Slipped")
                .contains("Three quarters of the fund paid").contains("CL6").contains("1.5");
        navigate("procurement");
        assertThat(_get(com.vaadin.flow.component.html.H1.class).getText()).isEqualTo("Social value for care leavers");
        assertThat(returns.overview().returnsByGrade().get(Grade.SLIPPED)).isPositive();
    }

    @Test
    void a_reminder_goes_a_week_before_a_return_is_due_and_a_notice_when_it_is_overdue_each_once() {
        TestEmployers.Employer supplier = employers.register(false);
        LocalDate start = LocalDate.now().minusMonths(3).plusDays(1);
        long contractId = contract(supplier, "CL6", start);
        Contract contract = SystemTask.run(() -> contracts.find(contractId));
        LocalDate due = contract.getPeriods().getFirst().getDueOn();

        clock.travel(Duration.ofDays(ChronoUnit.DAYS.between(LocalDate.now(), due.minusDays(7))));
        SystemTask.run(returns::sendReminders);
        SystemTask.run(returns::sendReminders);
        TestMail.await(supplier.email(), "Social value return due soon");
        assertThat(TestMail.count(supplier.email(), "Social value return due soon")).isEqualTo(1);

        clock.travel(Duration.ofDays(8));
        SystemTask.run(returns::sendReminders);
        SystemTask.run(returns::sendReminders);
        TestMail.await(supplier.email(), "Overdue: social value return");
        assertThat(TestMail.count(supplier.email(), "Overdue: social value return")).isEqualTo(1);
    }

    /** Set up by a procurement officer, who is signed out again afterwards. */
    private long contract(TestEmployers.Employer supplier, String measureCode, LocalDate start) {
        signIn(users.create(Role.PROCUREMENT));
        try {
            return contracts.create(new ContractDetails(supplier.organisationId(), "RET-" + System.nanoTime(),
                    "Grounds maintenance", 100_000_00L, start, start.plusYears(1).minusDays(1), ReportingFrequency.QUARTERLY,
                    Map.of(measure(measureCode).getId(), new BigDecimal("2")))).getId();
        } finally {
            signOut();
        }
    }

    private Measure measure(String code) {
        return contracts.activeMeasures().stream().filter(m -> m.getCode().equals(code)).findFirst().orElseThrow();
    }

    private void recordPlacement(TestEmployers.Employer supplier) {
        Offer offer = offers.open(supplier.email(), "Work experience in the depot", "Unpaid work experience", "Construction",
                LocalDate.now().plusDays(5));
        signIn(users.create(Role.ADVISER));
        long requestId = requests.request(offer.getId(), "YP-9001", AgeBand.AGE_18_20, "West", "Outdoor work").getId();
        signOut();
        signIn(supplier.email());
        requests.answer(requestId, true, null);
        signOut();
        signIn(users.create(Role.ENGAGEMENT));
        placements.fromRequest(requestId, LocalDate.now().minusDays(2));
        signOut();
    }
}
