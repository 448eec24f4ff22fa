package org.opendoors.brokerage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.opendoors.SpringTest;
import org.opendoors.TestEmployers;
import org.opendoors.TestOffers;
import org.opendoors.base.csv.CsvRecords;
import org.opendoors.offer.Offer;
import org.opendoors.offer.OfferTypeService;
import org.opendoors.security.Role;
import org.opendoors.security.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/** Placements and place requests as CSV: the rows the lists show, an employer's own only and never a young person's reference. */
class BrokerageExportTest extends SpringTest {

    @Autowired
    BrokerageExport export;

    @Autowired
    PlacementService placements;

    @Autowired
    PlaceRequestService requests;

    @Autowired
    OfferTypeService types;

    @Autowired
    TestOffers offers;

    @Autowired
    TestEmployers employers;

    @Autowired
    TestUsers users;

    @Test
    void the_placements_file_holds_each_placement_the_list_shows_with_the_same_values() {
        TestEmployers.Employer employer = employers.register(false);
        String engagement = users.create(Role.ENGAGEMENT);
        long typeId = types.active().getFirst().getId();
        long placementId = users.runAs(engagement, () -> placements.record("YP-" + (1000 + System.nanoTime() % 8999), null,
                employer.organisationId(), typeId, LocalDate.of(2026, 2, 3), null).getId());

        var records = users.runAs(engagement, () -> CsvRecords.read(export::placements));
        PlacementRow listed = users.runAs(engagement, () -> placements.all(PageRequest.of(0, 10_000))).stream()
                .filter(p -> p.id() == placementId).findFirst().orElseThrow();
        long listedCount = users.runAs(engagement, placements::count);

        assertThat(records).hasSize((int) listedCount);
        assertThat(records).filteredOn(r -> r.get("Organisation").equals(employer.organisationName())).singleElement().satisfies(r -> {
            assertThat(r.get("Young person's reference")).isEqualTo(listed.youngPersonRef());
            assertThat(r.get("Type")).isEqualTo(listed.offerType());
            assertThat(r.get("Started on")).isEqualTo("2026-02-03");
            assertThat(r.get("Outcome")).isEqualTo("In progress");
        });
    }

    @Test
    void an_employer_file_of_requests_holds_its_own_without_references_and_another_organisation_s_is_refused() {
        String suffix = String.valueOf(System.nanoTime());
        TestEmployers.Employer ours = employers.register(false);
        TestEmployers.Employer theirs = employers.register(false);
        Offer ourOffer = offers.open(ours.email(), "Our kitchen day " + suffix, "Taster day", "Hospitality", null);
        Offer theirOffer = offers.open(theirs.email(), "Their kitchen day " + suffix, "Taster day", "Hospitality", null);
        String adviser = users.create(Role.ADVISER);
        users.runAs(adviser, () -> requests.request(ourOffer.getId(), "YP-7101", AgeBand.AGE_16_17, "East", "Cooking"));
        users.runAs(adviser, () -> requests.request(theirOffer.getId(), "YP-7102", AgeBand.AGE_18_20, "East", "Baking"));

        var records = users.runAs(ours.email(), () -> CsvRecords.read(out -> export.requestsTo(ours.organisationId(), out)));

        assertThat(records).extracting(r -> r.get("Opportunity")).containsExactly("Our kitchen day " + suffix);
        assertThat(records.getFirst().get("Hopes to gain")).isEqualTo("Cooking");
        assertThat(records.getFirst().toMap().values()).noneMatch(v -> v.contains("YP-7101"));
        assertThatThrownBy(() -> users.runAs(ours.email(), () -> {
            export.requestsTo(theirs.organisationId(), new ByteArrayOutputStream());
            return null;
        })).isInstanceOf(AccessDeniedException.class);

        var mine = users.runAs(adviser, () -> CsvRecords.read(export::myRequests));
        assertThat(mine).extracting(r -> r.get("Young person's reference")).contains("YP-7101", "YP-7102");
    }
}
