package org.opendoors.brokerage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendoors.SpringTest;
import org.opendoors.TestEmployers;
import org.opendoors.offer.OfferTypeService;
import org.opendoors.security.Role;
import org.opendoors.security.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The asks and placements lists read a page's ids from an index first: still every row, newest first, ties by id. */
class BrokerageListOrderTest extends SpringTest {

    @Autowired
    AskService asks;

    @Autowired
    PlacementService placements;

    @Autowired
    OfferTypeService types;

    @Autowired
    TestEmployers employers;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void pages_of_asks_and_placements_follow_their_date_then_id_newest_first() {
        String engagement = users.create(Role.ENGAGEMENT);
        long organisationId = employers.register(false).organisationId();
        long typeId = types.active().getFirst().getId();
        users.runAs(engagement, () -> {
            for (int i = 0; i < 3; i++) {
                asks.send(organisationId, typeId, LocalDateTime.now().plusDays(20), "Any morning " + i);
                placements.record("YP-" + (2000 + i), null, organisationId, typeId, LocalDate.of(2026, 3, 1 + i % 2), null);
            }
            return null;
        });

        List<Long> askIds = jdbc.queryForList("select id from engagement_ask order by sent_at desc, id desc", Long.class);
        List<Long> placementIds = jdbc.queryForList("select id from placement order by start_date desc, id desc", Long.class);
        assertThat(askIds).hasSizeGreaterThanOrEqualTo(3);
        assertThat(placementIds).hasSizeGreaterThanOrEqualTo(3);
        users.runAs(engagement, () -> {
            assertThat(asks.all(PageRequest.of(0, 10_000))).extracting(AskRow::id).containsExactlyElementsOf(askIds);
            assertThat(asks.all(PageRequest.of(1, 2))).extracting(AskRow::id).containsExactlyElementsOf(askIds.subList(2, Math.min(4, askIds.size())));
            assertThat(placements.all(PageRequest.of(0, 10_000))).extracting(PlacementRow::id).containsExactlyElementsOf(placementIds);
            assertThat(placements.all(PageRequest.of(1, 2))).extracting(PlacementRow::id)
                    .containsExactlyElementsOf(placementIds.subList(2, Math.min(4, placementIds.size())));
            return null;
        });
    }
}
