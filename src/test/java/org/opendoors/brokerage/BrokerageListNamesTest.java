package org.opendoors.brokerage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.opendoors.SpringTest;
import org.opendoors.TestEmployers;
import org.opendoors.TestOffers;
import org.opendoors.base.SystemTask;
import org.opendoors.offer.Offer;
import org.opendoors.offer.OfferCategory;
import org.opendoors.offer.OfferTypeService;
import org.opendoors.organisation.OrganisationMergeService;
import org.opendoors.organisation.OrganisationService;
import org.opendoors.security.Role;
import org.opendoors.security.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The brokerage lists read their names from the module's own copies (V46), kept by triggers: a new organisation, offer
 * and offer type are listed by name at once, a renamed one by its new name, and rows moved by a merge by the name of
 * the organisation kept.
 */
class BrokerageListNamesTest extends SpringTest {

    @Autowired PlaceRequestService requests;
    @Autowired AskService asks;
    @Autowired PlacementService placements;
    @Autowired OfferTypeService types;
    @Autowired OrganisationService organisations;
    @Autowired OrganisationMergeService merges;
    @Autowired TestOffers offers;
    @Autowired TestEmployers employers;
    @Autowired TestUsers users;
    @Autowired JdbcTemplate jdbc;

    @Test
    void the_lists_show_the_names_of_new_organisations_offers_and_offer_types_and_follow_a_rename() {
        String suffix = String.valueOf(System.nanoTime());
        TestEmployers.Employer employer = employers.register(false);
        Offer offer = offers.open(employer.email(), "Site visit " + suffix, "Taster day", "Construction", null);
        String adviser = users.create(Role.ADVISER);
        String engagement = users.create(Role.ENGAGEMENT);
        long typeId = SystemTask.run(() -> types.add("Drone survey day " + suffix, OfferCategory.LIGHT_TOUCH)).getId();
        long requestId = users.runAs(adviser, () -> requests.request(offer.getId(), "YP-4101", AgeBand.AGE_16_17, "East", "Building"))
                .getId();
        long askId = users.runAs(engagement, () -> asks.send(employer.organisationId(), typeId, LocalDateTime.now().plusDays(9), null))
                .getId();
        long placementId = users.runAs(engagement, () -> placements.record("YP-4102", null, employer.organisationId(), typeId,
                LocalDate.of(2026, 4, 1), null)).getId();

        assertThat(mine(adviser, requestId)).extracting(RequestForCouncil::offer, RequestForCouncil::organisation)
                .containsExactly("Site visit " + suffix, employer.organisationName());
        assertThat(ask(engagement, askId)).extracting(AskRow::organisation, AskRow::offerType)
                .containsExactly(employer.organisationName(), "Drone survey day " + suffix);
        assertThat(placement(engagement, placementId)).extracting(PlacementRow::organisation, PlacementRow::offerType)
                .containsExactly(employer.organisationName(), "Drone survey day " + suffix);

        long version = SystemTask.run(() -> organisations.find(employer.organisationId()).orElseThrow().getVersion());
        users.runAs(employer.email(), () -> organisations.updateProfile(employer.organisationId(), version,
                TestEmployers.profile("Renamed Builders " + suffix, null, false)));
        jdbc.update("update offer set title = ? where id = ?", "Site visit and safety talk " + suffix, offer.getId());

        assertThat(mine(adviser, requestId)).extracting(RequestForCouncil::offer, RequestForCouncil::organisation)
                .containsExactly("Site visit and safety talk " + suffix, "Renamed Builders " + suffix);
        assertThat(users.runAs(employer.email(), () -> requests.forOrganisation(employer.organisationId(), PageRequest.of(0, 50))))
                .filteredOn(r -> r.id() == requestId).singleElement()
                .extracting(RequestForEmployer::offer).isEqualTo("Site visit and safety talk " + suffix);
        assertThat(ask(engagement, askId).organisation()).isEqualTo("Renamed Builders " + suffix);
        assertThat(placement(engagement, placementId).organisation()).isEqualTo("Renamed Builders " + suffix);
    }

    @Test
    void rows_moved_by_a_merge_show_the_name_of_the_organisation_kept() {
        TestEmployers.Employer duplicate = employers.register(false);
        TestEmployers.Employer kept = employers.register(false);
        String engagement = users.create(Role.ENGAGEMENT);
        long typeId = types.active().getFirst().getId();
        long askId = users.runAs(engagement, () -> asks.send(duplicate.organisationId(), typeId, LocalDateTime.now().plusDays(9), null))
                .getId();
        long placementId = users.runAs(engagement, () -> placements.record("YP-4103", null, duplicate.organisationId(), typeId,
                LocalDate.of(2026, 4, 2), null)).getId();

        users.runAs(engagement, () -> {
            merges.merge(duplicate.organisationId(), kept.organisationId());
            return null;
        });

        assertThat(ask(engagement, askId)).extracting(AskRow::organisationId, AskRow::organisation)
                .containsExactly(kept.organisationId(), kept.organisationName());
        assertThat(placement(engagement, placementId).organisation()).isEqualTo(kept.organisationName());
    }

    private RequestForCouncil mine(String adviser, long requestId) {
        return users.runAs(adviser, () -> requests.mine(PageRequest.of(0, 50))).stream()
                .filter(r -> r.id() == requestId).findFirst().orElseThrow();
    }

    private AskRow ask(String engagement, long askId) {
        return users.runAs(engagement, () -> asks.all(PageRequest.of(0, 10_000))).stream()
                .filter(a -> a.id() == askId).findFirst().orElseThrow();
    }

    private PlacementRow placement(String engagement, long placementId) {
        return users.runAs(engagement, () -> placements.all(PageRequest.of(0, 10_000))).stream()
                .filter(p -> p.id() == placementId).findFirst().orElseThrow();
    }
}
