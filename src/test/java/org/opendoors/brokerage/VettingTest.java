package org.opendoors.brokerage;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.opendoors.KaribuTest;
import org.opendoors.TestEmployers;
import org.opendoors.TestOffers;
import org.opendoors.base.FieldValidationException;
import org.opendoors.base.SystemTask;
import org.opendoors.offer.BoardFilter;
import org.opendoors.offer.BoardRow;
import org.opendoors.offer.Offer;
import org.opendoors.offer.OfferService;
import org.opendoors.organisation.OrganisationService;
import org.opendoors.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** Safeguarding: only vetted organisations' offers reach advisers and take requests about young people. */
class VettingTest extends KaribuTest {

    @Autowired
    TestEmployers employers;

    @Autowired
    TestOffers offers;

    @Autowired
    OfferService offerService;

    @Autowired
    PlaceRequestService requests;

    @Autowired
    OrganisationService organisations;

    @Test
    void an_unvetted_organisation_is_hidden_from_advisers_refused_requests_and_its_employer_is_told_why() {
        TestEmployers.Employer employer = employers.register(false);
        Offer offer = offers.openWithoutVetting(employer.email(), "Unvetted apprenticeship " + System.nanoTime(),
                "Taster day", "Retail", null);

        String adviser = users.create(Role.ADVISER);
        signIn(adviser);
        assertThat(onBoard(offer)).isFalse();
        assertThatThrownBy(() -> requests.request(offer.getId(), "YP-4821", AgeBand.AGE_18_20, "Central", "Wants to try retail"))
                .isInstanceOf(FieldValidationException.class).hasMessage("This offer is not open for requests");

        signIn(employer.email());
        navigate("offers");
        assertThat(pageText()).contains("Advisers cannot see your offers yet");

        // the engagement team checks the organisation: who and when are kept, and it can be withdrawn
        String engagement = users.create(Role.ENGAGEMENT);
        signIn(engagement);
        navigate("organisations/" + employer.organisationId());
        assertThat(pageText()).contains("Not vetted yet.");
        _click(_get(Button.class, spec -> spec.withText("Mark as vetted")));
        assertThat(pageText()).contains("Checked by " + engagement);

        signIn(adviser);
        assertThat(onBoard(offer)).isTrue();
        assertThat(requests.request(offer.getId(), "YP-4821", AgeBand.AGE_18_20, "Central", "Wants to try retail").getId()).isPositive();

        signIn(employer.email());
        navigate("offers");
        assertThat(pageText()).doesNotContain("Advisers cannot see your offers yet");

        signIn(engagement);
        navigate("organisations/" + employer.organisationId());
        _click(_get(Button.class, spec -> spec.withText("Withdraw vetting")));
        signIn(adviser);
        assertThat(onBoard(offer)).isFalse();
    }

    @Test
    void an_approved_pledge_vets_the_organisation_but_a_possible_duplicate_is_never_listed() {
        TestEmployers.Employer employer = employers.register(false);
        Offer offer = offers.openWithoutVetting(employer.email(), "Pledged taster " + System.nanoTime(), "Taster day", "Retail", null);
        employers.approvedPledge(employer.organisationId(), 1);
        signIn(users.create(Role.ADVISER));
        assertThat(onBoard(offer)).isTrue();

        // a second registration from the same e-mail domain is flagged as a possible duplicate
        TestEmployers.Employer duplicate = employers.registerAlongside(employer);
        Offer duplicateOffer = offers.open(duplicate.email(), "Duplicate taster " + System.nanoTime(), "Taster day", "Retail", null);
        assertThat(SystemTask.run(() -> organisations.find(duplicate.organisationId()).orElseThrow().getPossibleDuplicateOf()))
                .isNotNull();
        assertThat(onBoard(duplicateOffer)).isFalse();
    }

    private boolean onBoard(Offer offer) {
        return offerService.board(new BoardFilter(null, null, null, null, null), PageRequest.of(0, 10_000)).stream()
                .map(BoardRow::offerId).anyMatch(id -> id == offer.getId());
    }

    private static String pageText() {
        return UI.getCurrent().getChildren().map(c -> c.getElement().getTextRecursively()).collect(Collectors.joining("\n"));
    }
}
