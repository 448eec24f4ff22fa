package org.opendoors.brokerage.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendoors.KaribuTest;
import org.opendoors.TestEmployers;
import org.opendoors.TestMail;
import org.opendoors.TestOffers;
import org.opendoors.base.SystemTask;
import org.opendoors.brokerage.AgeBand;
import org.opendoors.brokerage.AskService;
import org.opendoors.brokerage.AskStatus;
import org.opendoors.brokerage.PlaceRequestService;
import org.opendoors.brokerage.PlaceRequestStatus;
import org.opendoors.brokerage.PlacementService;
import org.opendoors.brokerage.RequestForEmployer;
import org.opendoors.brokerage.SustainmentCheck;
import org.opendoors.brokerage.SustainmentResult;
import org.opendoors.offer.BoardRow;
import org.opendoors.offer.Offer;
import org.opendoors.offer.OfferType;
import org.opendoors.organisation.Organisation;
import org.opendoors.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/** Each role's path through brokerage: request a place, ask by e-mail link, placement and its checks. */
class BrokerageJourneyTest extends KaribuTest {

    @Autowired
    TestEmployers employers;

    @Autowired
    TestOffers offers;

    @Autowired
    PlaceRequestService requests;

    @Autowired
    AskService asks;

    @Autowired
    PlacementService placements;

    @Test
    @SuppressWarnings("unchecked")
    void an_adviser_finds_an_offer_and_requests_a_place_and_the_employer_never_sees_the_reference() {
        TestEmployers.Employer employer = employers.register(false);
        String sector = "Board sector " + System.nanoTime();
        Offer offer = offers.open(employer.email(), "CV clinic at the depot", "CV clinic", sector, LocalDate.now(clock).plusDays(9));
        String adviser = users.create(Role.ADVISER);
        signIn(adviser);
        navigate("opportunities");
        Select<String> sectorFilter = _get(Select.class, spec -> spec.withLabel("Sector"));
        _setValue(sectorFilter, sector);
        Grid<BoardRow> board = _get(Grid.class);
        assertThat(GridKt._size(board)).isEqualTo(1);
        assertThat(GridKt._get(board, 0).organisation()).isEqualTo(employer.organisationName());

        navigate("opportunities/" + offer.getId() + "/request");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Young person's reference")), "Jamie Smith");
        _setValue((RadioButtonGroup<AgeBand>) _get(RadioButtonGroup.class, spec -> spec.withLabel("Age band")), AgeBand.AGE_18_20);
        _setValue((ComboBox<String>) _get(ComboBox.class, spec -> spec.withLabel("Area they live in")), "North");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("What do they hope to gain?")), "Call me on 07700 900982");
        _click(_get(Button.class, spec -> spec.withText("Send request")));
        TextField reference = _get(TextField.class, spec -> spec.withLabel("Young person's reference"));
        assertThat(reference.getErrorMessage()).contains("never stores young people's names");
        _setValue(reference, "YP-4821");
        _click(_get(Button.class, spec -> spec.withText("Send request")));
        assertThat(_get(TextArea.class, spec -> spec.withLabel("What do they hope to gain?")).getErrorMessage()).contains("phone number");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("What do they hope to gain?")), "A stronger CV for warehouse jobs");
        _click(_get(Button.class, spec -> spec.withText("Send request")));
        assertThat(_get(H1.class).getText()).isEqualTo("Request sent");
        assertThat(TestMail.text(TestMail.await(employer.email(), "A request for a place"))).doesNotContain("YP-4821");

        signOut();
        signIn(employer.email());
        List<RequestForEmployer> seen = requests.forOrganisation(employer.organisationId(), PageRequest.of(0, 10));
        assertThat(seen).hasSize(1);
        assertThat(seen.getFirst().toString()).doesNotContain("YP-4821");
        navigate("our-requests");
        clickInCell("place-requests", "answer", "Accept");
        TestMail.await(adviser, "was accepted");

        TestEmployers.Employer other = employers.register(false);
        signOut();
        signIn(other.email());
        assertThatThrownBy(() -> requests.forOrganisation(employer.organisationId(), PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    /** Buttons in grid cells are rendered on demand: Karibu reaches them through the cell. */
    private static void clickInCell(String gridId, String columnKey, String buttonText) {
        Grid<?> grid = _get(Grid.class, spec -> spec.withId(gridId));
        var cell = GridKt._getCellComponent(grid, 0, columnKey);
        _click(_get(cell, Button.class, spec -> spec.withText(buttonText)));
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_ask_is_accepted_from_the_e_mail_link_then_scheduled_and_done_and_the_link_works_once() {
        TestEmployers.Employer employer = employers.register(false);
        String engagement = users.create(Role.ENGAGEMENT);
        signIn(engagement);
        navigate("asks");
        ComboBox<Organisation> organisation = _get(ComboBox.class, spec -> spec.withLabel("Organisation"));
        _setValue(organisation, SystemTask.run(() -> context.getBean(org.opendoors.organisation.OrganisationService.class)
                .find(employer.organisationId()).orElseThrow()));
        Select<OfferType> type = _get(Select.class, spec -> spec.withLabel("What are you asking for?"));
        _setValue(type, type.getListDataView().getItems().filter(t -> t.getName().equals("Mock interview")).findFirst().orElseThrow());
        _setValue(_get(DateTimePicker.class, spec -> spec.withLabel("Proposed date and time")), LocalDateTime.now(clock).plusDays(10).withHour(10).withMinute(0));
        _click(_get(Button.class, spec -> spec.withText("Send ask")));

        var email = TestMail.await(employer.email(), "Can you do a mock interview on");
        String accept = TestMail.linkPath(email, "ask/");
        assertThat(accept).endsWith("/accept");
        signOut();
        navigate(accept);
        _click(_get(Button.class, spec -> spec.withText("Yes, we can do it")));
        assertThat(_get(H1.class).getText()).isEqualTo("Thank you: you accepted");
        TestMail.await(engagement, "Your ask was accepted");

        navigate(accept);
        assertThat(_get(H1.class).getText()).isEqualTo("This link cannot be used");
        assertThat(_get(Paragraph.class).getText()).contains("already been answered");
        navigate(accept.replace("/accept", "/decline"));
        assertThat(_get(Paragraph.class).getText()).contains("already been answered");
        navigate("ask/forged-token-1234/accept");
        assertThat(_get(Paragraph.class).getText()).contains("not recognised");

        signIn(engagement);
        long askId = asks.all(PageRequest.of(0, 50)).stream().filter(a -> a.organisationId() == employer.organisationId())
                .findFirst().orElseThrow().id();
        asks.schedule(askId);
        asks.complete(askId);
        assertThat(asks.find(askId).getStatus()).isEqualTo(AskStatus.DONE);
    }

    @Test
    void an_unanswered_ask_is_chased_once_after_3_days_and_its_link_expires() {
        TestEmployers.Employer employer = employers.register(false);
        signIn(users.create(Role.ENGAGEMENT));
        long typeId = context.getBean(org.opendoors.offer.OfferTypeService.class).active().getFirst().getId();
        asks.send(employer.organisationId(), typeId, LocalDateTime.now(clock).plusDays(20), "Any morning that week");
        String link = TestMail.linkPath(TestMail.await(employer.email(), "Can you do a"), "ask/");

        clock.travel(Duration.ofDays(3).plusHours(1));
        SystemTask.run(asks::chaseAndExpire);
        SystemTask.run(asks::chaseAndExpire);
        TestMail.await(employer.email(), "Reminder: can you help?");
        assertThat(TestMail.count(employer.email(), "Reminder: can you help?")).isEqualTo(1);

        clock.travel(Duration.ofDays(5));
        signOut();
        navigate(link);
        assertThat(_get(Paragraph.class).getText()).contains("expired");
        SystemTask.run(asks::chaseAndExpire);
        signIn(employer.email());
        assertThat(asks.forOrganisation(employer.organisationId(), PageRequest.of(0, 5)).getFirst().status()).isEqualTo(AskStatus.EXPIRED);
    }

    @Test
    void a_placement_from_an_accepted_request_has_checks_at_13_26_and_52_weeks_with_reminders() {
        TestEmployers.Employer employer = employers.register(false);
        Offer offer = offers.open(employer.email(), "Work trial in the kitchen", "Work trial", "Hospitality", LocalDate.now(clock).plusDays(3));
        signIn(users.create(Role.ADVISER));
        long requestId = requests.request(offer.getId(), "YP-7002", AgeBand.AGE_16_17, "East", "Try catering work").getId();
        signOut();
        signIn(employer.email());
        requests.answer(requestId, true, null);
        signOut();
        String engagement = users.create(Role.ENGAGEMENT);
        signIn(engagement);
        long placementId = placements.fromRequest(requestId, LocalDate.now(clock), null).getId();
        List<SustainmentCheck> checks = placements.checksOf(placementId);
        assertThat(checks).extracting(SustainmentCheck::getWeeks).containsExactly(13, 26, 52);
        assertThat(checks.getFirst().getDueOn()).isEqualTo(LocalDate.now(clock).plusWeeks(13));
        assertThat(requests.all(PageRequest.of(0, 100)).stream().filter(r -> r.id() == requestId).findFirst().orElseThrow().status())
                .isEqualTo(PlaceRequestStatus.PLACED);

        clock.travel(Duration.ofDays(13 * 7));
        SystemTask.run(placements::sendCheckReminders);
        SystemTask.run(placements::sendCheckReminders);
        TestMail.await(engagement, "13-week sustainment check due");
        assertThat(TestMail.count(engagement, "13-week sustainment check due")).isEqualTo(1);
        assertThat(placements.myDueChecks()).extracting(SustainmentCheck::getWeeks).containsExactly(13);

        navigate("placements");
        clickInCell("due-checks", "result", "Still in EET");
        assertThat(placements.checksOf(placementId).getFirst().getResult()).isEqualTo(SustainmentResult.IN_EET);
        assertThat(placements.myDueChecks()).isEmpty();

        assertThatThrownBy(() -> placements.recordOutcome(placementId, org.opendoors.brokerage.PlacementOutcome.LEFT_EARLY,
                LocalDate.now(clock), " ")).hasMessage("Say why the young person left early");
        placements.recordOutcome(placementId, org.opendoors.brokerage.PlacementOutcome.PROGRESSED_TO_EMPLOYMENT, LocalDate.now(clock), null);
        signOut();
        signIn(employer.email());
        var impact = placements.impact(employer.organisationId());
        assertThat(impact.placements()).isEqualTo(1);
        assertThat(impact.progressed()).isEqualTo(1);
        assertThat(impact.sustainmentChecksInEet()).isEqualTo(1);
    }
}
