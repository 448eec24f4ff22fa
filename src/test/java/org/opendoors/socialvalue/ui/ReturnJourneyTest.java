package org.opendoors.socialvalue.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opendoors.KaribuTest;
import org.opendoors.TestContracts;
import org.opendoors.TestEmployers;
import org.opendoors.TestMail;
import org.opendoors.TestOffers;
import org.opendoors.offer.contracts.SupplierContracts;
import org.opendoors.base.SystemTask;
import org.opendoors.base.figures.FigureEngine;
import org.opendoors.base.figures.FigureQuery;
import org.opendoors.base.figures.OrganisationKind;
import org.opendoors.offer.contracts.ContractTagSelect;
import org.opendoors.brokerage.AgeBand;
import org.opendoors.brokerage.PlaceRequestService;
import org.opendoors.brokerage.PlacementService;
import org.opendoors.certificate.CertificatePdfText;
import org.opendoors.offer.Offer;
import org.opendoors.offer.OfferService;
import org.opendoors.offer.OfferType;
import org.opendoors.organisation.Organisation;
import org.opendoors.organisation.OrganisationService;
import org.opendoors.security.Role;
import com.vaadin.flow.component.html.Paragraph;
import org.opendoors.socialvalue.Contract;
import org.opendoors.socialvalue.ContractProgressService;
import org.opendoors.socialvalue.ContractReportService;
import org.opendoors.socialvalue.ContractService;
import org.opendoors.socialvalue.Grade;
import org.opendoors.socialvalue.KpiProgress;
import org.opendoors.socialvalue.KpiReturn;
import org.opendoors.socialvalue.KpiTarget;
import org.opendoors.socialvalue.ReportingFrequency;
import org.opendoors.socialvalue.ReturnEntry;
import org.opendoors.socialvalue.ReturnService;
import org.opendoors.socialvalue.ReturnStatus;
import org.opendoors.socialvalue.SocialValueFigures;
import org.opendoors.socialvalue.Trend;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** A supplier's return: pre-filled from Open Doors, evidence checked, queried, answered, resubmitted, graded; reminders. */
class ReturnJourneyTest extends KaribuTest {

    private static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.ISO_8859_1);

    @Autowired
    TestEmployers employers;

    @Autowired
    TestOffers offers;

    @Autowired
    TestContracts testContracts;

    @Autowired
    ContractService contracts;

    @Autowired
    ReturnService returns;

    @Autowired
    ContractProgressService progress;

    @Autowired
    PlaceRequestService requests;

    @Autowired
    PlacementService placements;

    @Autowired
    OfferService offerService;

    @Test
    void the_actual_is_pre_filled_from_placements_recorded_in_open_doors_and_a_different_figure_needs_a_reason() {
        TestEmployers.Employer supplier = employers.register(false);
        long contractId = testContracts.quarterly(supplier.organisationId(), LocalDate.now(clock).minusDays(10), "CL3", "2");
        long otherContractId = testContracts.quarterly(supplier.organisationId(), LocalDate.now(clock).minusDays(10), "CL3", "2");
        recordPlacement(supplier, null);
        recordPlacement(supplier, contractId);
        recordPlacement(supplier, otherContractId); // counts towards the other contract only

        signIn(supplier.email());
        navigate("contracts/" + contractId + "/returns/1");
        BigDecimalField actual = _get(BigDecimalField.class, spec -> spec.withLabel(
                "CL3 Work experience placements for care leavers (placements): actual (target 2)"));
        assertThat(actual.getValue()).isEqualByComparingTo("2");
        assertThat(actual.getHelperText()).isEqualTo("Recorded in Open Doors: 2");

        _setValue(actual, new BigDecimal("3"));
        _setValue(_get(TextArea.class, spec -> spec.withLabel("What happened this period")), "Three young people started.");
        _click(_get(Button.class, spec -> spec.withText("Save draft")));
        TextField reason = _get(TextField.class, spec -> spec.withLabel("Why your figure differs from Open Doors' record (if it does)"));
        assertThat(reason.getErrorMessage()).isEqualTo("Say why your figure differs from the 2 recorded in Open Doors");
        assertThat(_get(TextArea.class, spec -> spec.withLabel("What happened this period")).getValue()).isEqualTo("Three young people started.");

        _setValue(reason, "One started through our own scheme, not yet in Open Doors");
        _click(_get(Button.class, spec -> spec.withText("Submit return")));
        KpiReturn submitted = returns.open(contractId, 1);
        assertThat(submitted.getStatus()).isEqualTo(ReturnStatus.SUBMITTED);
        assertThat(submitted.getLines().getFirst().getDifferenceReason()).isEqualTo("One started through our own scheme, not yet in Open Doors");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_placement_recorded_on_the_placements_page_and_tagged_to_the_contract_counts_towards_it_alone() {
        TestEmployers.Employer supplier = employers.register(false);
        long contractId = testContracts.quarterly(supplier.organisationId(), LocalDate.now(clock).minusDays(10), "CL3", "2");
        long otherContractId = testContracts.quarterly(supplier.organisationId(), LocalDate.now(clock).minusDays(10), "CL3", "2");
        signIn(users.create(Role.ENGAGEMENT));
        navigate("placements");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Young person's reference")), "YP-7310");
        _setValue((ComboBox<Organisation>) _get(ComboBox.class, spec -> spec.withLabel("Organisation")),
                SystemTask.run(() -> context.getBean(OrganisationService.class).find(supplier.organisationId()).orElseThrow()));
        Select<OfferType> type = _get(Select.class, spec -> spec.withLabel("Type of opportunity"));
        _setValue(type, type.getListDataView().getItems().findFirst().orElseThrow());
        _setValue(_find(DatePicker.class, spec -> spec.withLabel("Start date")).getLast(), LocalDate.now(clock).minusDays(1));
        Select<SupplierContracts.Choice> contract = _get(Select.class, spec -> spec.withLabel(ContractTagSelect.LABEL));
        _setValue(contract, contract.getListDataView().getItems().filter(c -> c.contractId() == contractId).findFirst().orElseThrow());
        _click(_find(Button.class, spec -> spec.withText("Record placement")).getLast());
        signOut();

        signIn(supplier.email());
        assertThat(returns.open(contractId, 1).getLines().getFirst().getRecorded()).isEqualByComparingTo("1");
        assertThat(returns.open(otherContractId, 1).getLines().getFirst().getRecorded()).isEqualByComparingTo("0");
    }

    @Test
    void delivery_hours_tagged_to_the_contract_or_to_none_pre_fill_careers_support() {
        TestEmployers.Employer supplier = employers.register(false);
        long contractId = testContracts.quarterly(supplier.organisationId(), LocalDate.now(clock).minusDays(30), "CL4", "10");
        long otherContractId = testContracts.quarterly(supplier.organisationId(), LocalDate.now(clock).minusDays(30), "CL4", "10");
        Offer clinic = offers.open(supplier.email(), "CV clinic", "CV clinic", "Construction", LocalDate.now(clock).minusDays(5));
        signIn(supplier.email());
        offerService.logDelivery(clinic.getId(), LocalDate.now(clock).minusDays(5), 4, new BigDecimal("6"), contractId);
        offerService.logDelivery(clinic.getId(), LocalDate.now(clock).minusDays(4), 2, new BigDecimal("1.5"), null);
        offerService.logDelivery(clinic.getId(), LocalDate.now(clock).minusDays(3), 3, new BigDecimal("20"), otherContractId);
        assertThat(returns.open(contractId, 1).getLines().getFirst().getRecorded()).isEqualByComparingTo("7.5");
        TestEmployers.Employer stranger = employers.register(false);
        long strangersContract = testContracts.quarterly(stranger.organisationId(), LocalDate.now(clock).minusDays(30), "CL4", "1");
        assertThatThrownBy(() -> offerService.logDelivery(clinic.getId(), LocalDate.now(clock), 1, BigDecimal.ONE, strangersContract))
                .hasMessage("Choose one of your organisation's contracts");
    }

    @Test
    void visiting_a_return_writes_nothing_and_the_reporters_first_save_starts_it() {
        TestEmployers.Employer supplier = employers.register(false);
        long contractId = testContracts.quarterly(supplier.organisationId(), LocalDate.now(clock).minusDays(10), "CL6", "2");
        signIn(users.create(Role.PROCUREMENT));
        navigate("contracts/" + contractId + "/returns/1");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText)).anySatisfy(text -> assertThat(text).endsWith("· Not started"));
        assertThat(returns.page(contractId, 1).version()).isNull();
        signOut();
        signIn(supplier.email());
        navigate("contracts/" + contractId + "/returns/1");
        assertThat(returns.page(contractId, 1).version()).isNull();

        _setValue(_get(TextArea.class, spec -> spec.withLabel("What happened this period")), "Paid into the fund");
        _click(_get(Button.class, spec -> spec.withText("Save draft")));
        assertThat(returns.page(contractId, 1).version()).isNotNull();
        assertThat(returns.page(contractId, 1).narrative()).isEqualTo("Paid into the fund");
    }

    @Test
    void evidence_must_really_be_a_pdf_jpeg_or_png_and_at_most_5_mb() {
        TestEmployers.Employer supplier = employers.register(false);
        long contractId = testContracts.quarterly(supplier.organisationId(), LocalDate.now(clock).minusDays(10), "CL6", "2");
        signIn(supplier.email());
        KpiReturn draft = returns.open(contractId, 1);
        returns.save(contractId, 1, draft.getVersion(), new ReturnEntry(Map.of(draft.getLines().getFirst().getKpiId(), BigDecimal.ONE),
                Map.of(), "Paid in", null));
        returns.addEvidence(contractId, 1, "receipt.pdf", PDF);
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
        KpiReturn kept = returns.open(contractId, 1); // the refusals lost nothing already saved
        assertThat(kept.getNarrative()).isEqualTo("Paid in");
        assertThat(kept.getLines().getFirst().getActual()).isEqualByComparingTo("1");

        long fileId = returns.evidence(contractId, 1).getFirst().id();

        signOut();
        signIn(users.createEmployer(supplier.organisationId())); // a colleague not named to report reads, but cannot change
        assertThat(returns.evidenceFile(contractId, 1, fileId).getContent()).isEqualTo(PDF);
        assertThatThrownBy(() -> returns.removeEvidence(contractId, 1, fileId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> returns.addEvidence(contractId, 1, "other.pdf", PDF)).isInstanceOf(AccessDeniedException.class);

        signOut();
        signIn(users.create(Role.PROCUREMENT)); // the officer reads the file back
        assertThat(returns.evidenceFile(contractId, 1, fileId).getContent()).isEqualTo(PDF);

        signOut();
        signIn(supplier.email()); // the reporter takes a wrong file off before submitting
        returns.removeEvidence(contractId, 1, fileId);
        assertThat(returns.evidence(contractId, 1)).isEmpty();
    }

    @Test
    void the_officer_queries_the_supplier_answers_and_resubmits_and_the_officer_accepts_with_the_suggested_grade() throws Exception {
        TestEmployers.Employer supplier = employers.register(false);
        long contractId = testContracts.quarterly(supplier.organisationId(), LocalDate.now(clock).minusDays(10), "CL6", "2");
        signIn(supplier.email());
        KpiReturn draft = returns.open(contractId, 1);
        long kpiId = draft.getLines().getFirst().getKpiId();
        returns.submit(contractId, 1, draft.getVersion(), new ReturnEntry(Map.of(kpiId, new BigDecimal("1.5")), Map.of(), "Some", null));

        signOut();
        String officer = users.create(Role.PROCUREMENT);
        signIn(officer);
        navigate("contracts/" + contractId + "/returns/1");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Query for the supplier")), "Please attach the payment confirmation");
        _click(_get(Button.class, spec -> spec.withText("Query the return")));
        TestMail.await(supplier.email(), "Query on your social value return");

        signOut();
        signIn(supplier.email());
        navigate("contracts/" + contractId + "/returns/1");
        _click(_get(Button.class, spec -> spec.withText("Submit return")));
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Your answer to the officer's query")).getErrorMessage())
                .isEqualTo("Answer the officer's query before you resubmit");
        assertThat(returns.open(contractId, 1).getStatus()).isEqualTo(ReturnStatus.QUERIED);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Your answer to the officer's query")), "Receipt attached");
        _click(_get(Button.class, spec -> spec.withText("Submit return")));
        assertThat(returns.open(contractId, 1).getStatus()).isEqualTo(ReturnStatus.SUBMITTED);
        assertThat(returns.open(contractId, 1).getQueryAnswer()).isEqualTo("Receipt attached");
        String responsibleOfficer = SystemTask.run(() -> users.service().find(contracts.find(contractId).getOfficerUserId()))
                .orElseThrow().getEmail();
        TestMail.await(responsibleOfficer, "Resubmitted: social value return");

        signOut();
        signIn(officer);
        assertThat(progress.suggestedGrade(contractId, 1)).isEqualTo(Grade.SLIPPED); // 1.5 of 2 is 75%
        navigate("contracts/" + contractId + "/returns/1");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Explanation of the grade")), "Three quarters of the fund paid");
        _click(_get(Button.class, spec -> spec.withText("Accept and grade")));
        KpiReturn accepted = returns.open(contractId, 1);
        assertThat(accepted.getStatus()).isEqualTo(ReturnStatus.ACCEPTED);
        assertThat(accepted.getGrade()).isEqualTo(Grade.SLIPPED);

        String report = CertificatePdfText.of(context.getBean(ContractReportService.class).pdf(contractId));
        assertThat(report).contains("Social value report: Grounds maintenance").contains("3 Slipped")
                .contains("Three quarters of the fund paid").contains("CL6").contains("1.5")
                .contains("Please attach the payment confirmation").contains("Receipt attached");
        navigate("procurement");
        assertThat(_get(com.vaadin.flow.component.html.H1.class).getText()).isEqualTo("Social value for care leavers");
        assertThat(progress.overview().returnsByGrade().get(Grade.SLIPPED)).isPositive();
        assertThat(progress.overview().contractsByLatestGrade().get(Grade.SLIPPED)).isPositive();
        assertThat(progress.overview().ringfencedTotals()).anySatisfy(t -> assertThat(t)
                .startsWith("CL6 Money contributed to a care leaver bursary fund: £"));
    }

    @Test
    void grades_are_suggested_against_a_profiled_target_and_the_trend_follows_the_share_met() throws Exception {
        TestEmployers.Employer supplier = employers.register(false);
        long cl3 = testContracts.measure("CL3").getId();
        LocalDate start = LocalDate.now(clock).minusMonths(6).minusDays(1);
        long contractId = testContracts.create(supplier.organisationId(), start, ReportingFrequency.QUARTERLY,
                List.of(KpiTarget.total(cl3, new BigDecimal("10"), List.of(new BigDecimal("1"), new BigDecimal("2"),
                        new BigDecimal("3"), new BigDecimal("4")))));
        signIn(supplier.email());
        submit(contractId, 1, "1");  // 1 of 1
        submit(contractId, 2, "1");  // 1 of 2 in the period; 2 of 3 so far
        signOut();
        signIn(users.create(Role.PROCUREMENT));
        assertThat(progress.suggestedGrade(contractId, 1)).isEqualTo(Grade.FULLY_ACHIEVED);
        assertThat(progress.suggestedGrade(contractId, 2)).isEqualTo(Grade.SLIPPED); // 67% of the target so far
        KpiProgress kpi = progress.progress(contractId).getFirst();
        assertThat(kpi.periods().get(1).cumulativeTarget()).isEqualByComparingTo("3");
        assertThat(kpi.periods().get(1).cumulativeActual()).isEqualByComparingTo("2");
        assertThat(kpi.trend()).isEqualTo(Trend.FALLING);
        navigate("contracts/" + contractId);
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withText("Trend: Falling."))).isNotNull();
        assertThat(CertificatePdfText.of(context.getBean(ContractReportService.class).pdf(contractId))).contains("Trend: Falling");
    }

    @Test
    void a_contract_counts_once_at_its_latest_grade() {
        FigureEngine figures = context.getBean(FigureEngine.class);
        TestEmployers.Employer supplier = employers.register(false);
        long contractId = testContracts.quarterly(supplier.organisationId(), LocalDate.now(clock).minusMonths(7), "CL6", "2");
        signIn(supplier.email());
        submit(contractId, 1, "2");
        submit(contractId, 2, "1");
        signOut();
        signIn(users.create(Role.PROCUREMENT));
        FigureQuery slipped = new FigureQuery(null, null, null, null, "3", OrganisationKind.ANY);
        FigureQuery achieved = new FigureQuery(null, null, null, null, "1", OrganisationKind.ANY);
        BigDecimal slippedBefore = figures.count(SocialValueFigures.CONTRACTS_BY_GRADE, slipped).value();
        BigDecimal achievedBefore = figures.count(SocialValueFigures.CONTRACTS_BY_GRADE, achieved).value();

        returns.accept(contractId, 1, Grade.FULLY_ACHIEVED, "All apprentices started");
        assertThat(figures.count(SocialValueFigures.CONTRACTS_BY_GRADE, achieved).value()).isEqualByComparingTo(achievedBefore.add(BigDecimal.ONE));
        returns.accept(contractId, 2, Grade.SLIPPED, "One start moved to next quarter");

        assertThat(figures.count(SocialValueFigures.CONTRACTS_BY_GRADE, achieved).value()).as("the earlier grade no longer counts")
                .isEqualByComparingTo(achievedBefore);
        assertThat(figures.count(SocialValueFigures.CONTRACTS_BY_GRADE, slipped).value()).isEqualByComparingTo(slippedBefore.add(BigDecimal.ONE));
        LocalDate firstPeriodEnd = SystemTask.run(() -> contracts.find(contractId)).getPeriods().getFirst().getEndsOn();
        FigureQuery achievedThen = new FigureQuery(null, firstPeriodEnd, null, null, "1", OrganisationKind.ANY);
        FigureQuery slippedThen = new FigureQuery(null, firstPeriodEnd, null, null, "3", OrganisationKind.ANY);
        assertThat(figures.count(SocialValueFigures.CONTRACTS_BY_GRADE, achievedThen).value().subtract(
                figures.count(SocialValueFigures.CONTRACTS_BY_GRADE, achievedThen.withTo(firstPeriodEnd.minusDays(1))).value()))
                .as("as of the first period's end the contract still counts at its first grade").isEqualByComparingTo("1");
        assertThat(figures.count(SocialValueFigures.CONTRACTS_BY_GRADE, slippedThen).value()).isEqualByComparingTo(
                figures.count(SocialValueFigures.CONTRACTS_BY_GRADE, slippedThen.withTo(firstPeriodEnd.minusDays(1))).value());
    }

    @Test
    void a_reminder_goes_to_the_named_reporters_a_week_before_a_return_is_due_and_a_notice_when_it_is_overdue_each_once() {
        TestEmployers.Employer supplier = employers.register(false);
        LocalDate start = LocalDate.now(clock).minusMonths(3).plusDays(1);
        long contractId = testContracts.quarterly(supplier.organisationId(), start, "CL6", "2");
        String notNamed = users.createEmployer(supplier.organisationId()); // joined after the contract was set up
        Contract contract = SystemTask.run(() -> contracts.find(contractId));
        LocalDate due = contract.getPeriods().getFirst().getDueOn();

        clock.travel(Duration.ofDays(ChronoUnit.DAYS.between(LocalDate.now(clock), due.minusDays(7))));
        SystemTask.run(returns::sendReminders);
        SystemTask.run(returns::sendReminders);
        TestMail.await(supplier.email(), "Social value return due soon");
        assertThat(TestMail.count(supplier.email(), "Social value return due soon")).isEqualTo(1);

        clock.travel(Duration.ofDays(8));
        SystemTask.run(returns::sendReminders);
        SystemTask.run(returns::sendReminders);
        TestMail.await(supplier.email(), "Overdue: social value return");
        assertThat(TestMail.count(supplier.email(), "Overdue: social value return")).isEqualTo(1);
        assertThat(TestMail.count(notNamed, "social value return")).isZero();
        signIn(users.create(Role.PROCUREMENT));
        assertThat(progress.overview().overdue()).anySatisfy(r -> assertThat(r.contractId()).isEqualTo(contractId));
    }

    private void submit(long contractId, int period, String actual) {
        KpiReturn draft = returns.open(contractId, period);
        returns.submit(contractId, period, draft.getVersion(), new ReturnEntry(
                Map.of(draft.getLines().getFirst().getKpiId(), new BigDecimal(actual)),
                Map.of(draft.getLines().getFirst().getKpiId(), "Counted by hand"), null, null));
    }

    private void recordPlacement(TestEmployers.Employer supplier, Long contractId) {
        Offer offer = offers.open(supplier.email(), "Work experience in the depot", "Unpaid work experience", "Construction",
                LocalDate.now(clock).plusDays(5));
        signIn(users.create(Role.ADVISER));
        long requestId = requests.request(offer.getId(), "YP-9001", AgeBand.AGE_18_20, "West", "Outdoor work").getId();
        signOut();
        signIn(supplier.email());
        requests.answer(requestId, true, null);
        signOut();
        signIn(users.create(Role.ENGAGEMENT));
        placements.fromRequest(requestId, LocalDate.now(clock).minusDays(2), contractId);
        signOut();
    }
}
