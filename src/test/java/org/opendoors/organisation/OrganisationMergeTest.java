package org.opendoors.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendoors.SpringTest;
import org.opendoors.TestContracts;
import org.opendoors.TestEmployers;
import org.opendoors.TestEvents;
import org.opendoors.TestOffers;
import org.opendoors.base.SystemTask;
import org.opendoors.brokerage.AgeBand;
import org.opendoors.brokerage.AskService;
import org.opendoors.brokerage.PlaceRequestService;
import org.opendoors.brokerage.PlacementService;
import org.opendoors.event.SignupDetails;
import org.opendoors.event.SignupService;
import org.opendoors.offer.Offer;
import org.opendoors.offer.OfferService;
import org.opendoors.security.Role;
import org.opendoors.security.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * After a merge nothing but the audit history points at the merged organisation. Every column that refers to an
 * organisation (a foreign key to it, or named organisation_id / ..._organisation_id) is found in the live schema, so a
 * new table is covered without changing this test: the test first checks it gave every such column a row (a new
 * table fails here until the test makes one, and its module moves its rows on {@link OrganisationsMerged}).
 */
class OrganisationMergeTest extends SpringTest {

    @Autowired
    OrganisationMergeService merges;

    @Autowired
    OrganisationService organisations;

    @Autowired
    ActivityService activities;

    @Autowired
    OfferService offerService;

    @Autowired
    PlaceRequestService requests;

    @Autowired
    AskService asks;

    @Autowired
    PlacementService placements;

    @Autowired
    SignupService signups;

    @Autowired
    TestEmployers employers;

    @Autowired
    TestOffers offers;

    @Autowired
    TestContracts contracts;

    @Autowired
    TestEvents events;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void after_a_merge_only_the_audit_history_points_at_the_merged_organisation() {
        TestEmployers.Employer keep = employers.register(true);
        employers.approvedPledge(keep.organisationId(), 1);
        TestEmployers.Employer duplicate = employers.register(true);
        long merged = duplicate.organisationId();
        giveEveryKindOfRecordTo(duplicate);

        List<String> columns = columnsReferringToOrganisations();
        assertThat(columns).contains("offer.organisation_id", "contract.supplier_id", "board_entry.organisation_id",
                "organisation.merged_into");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(columns)
                .as("every column referring to an organisation has a row in this test").allSatisfy(c -> assertThat(rowsAt(c, merged)).isPositive()));

        SystemTask.run(() -> merges.merge(merged, keep.organisationId()));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(columns)
                .as("columns still pointing at the merged organisation").filteredOn(c -> rowsAt(c, merged) > 0).isEmpty());
        assertThat(jdbc.queryForObject("select count(*) from board_entry where organisation_id = ?", Long.class,
                keep.organisationId())).as("the moved open offer stays on the board, under the organisation kept").isPositive();
    }

    private void giveEveryKindOfRecordTo(TestEmployers.Employer duplicate) {
        long id = duplicate.organisationId();
        employers.approvedPledge(id, 1); // a pledge and its certificate
        TestEmployers.Employer earlier = employers.register(false);
        SystemTask.run(() -> merges.merge(earlier.organisationId(), id));
        employers.registerAlongside(duplicate); // flagged as a possible duplicate of it
        String engagement = users.create(Role.ENGAGEMENT);
        users.runAs(engagement, () -> {
            Organisation organisation = organisations.find(id).orElseThrow();
            organisations.changeConsent(id, organisation.getVersion(), false, true);
            return activities.record(id, new NewActivity(ActivityType.CALL, LocalDate.now(clock), "Talked about tours", null, null));
        });

        Offer offer = offers.open(duplicate.email(), "Merge taster " + System.nanoTime(), "Taster day", "Construction", null);
        users.runAs(duplicate.email(), () -> offerService.logDelivery(offer.getId(), LocalDate.now(clock), 2, BigDecimal.valueOf(3), null));
        users.runAs(users.create(Role.ADVISER), () -> requests.request(offer.getId(), "YP-4821", AgeBand.AGE_18_20, "Central",
                "Wants to try building"));
        users.runAs(engagement, () -> asks.send(id, offer.getType().getId(), LocalDateTime.now(clock).plusDays(20), "Any morning"));
        users.runAs(engagement, () -> placements.record("YP-4822", offer.getId(), null, null, LocalDate.now(clock), null));
        contracts.quarterly(id, LocalDate.now(clock), "CL6", "2");
        long eventId = events.published("Merge breakfast " + System.nanoTime(), 20).getId();
        users.runAs(duplicate.email(), () -> signups.signUp(eventId, new SignupDetails("Employer Person", duplicate.organisationName(),
                duplicate.email(), null, null, null, true)));
    }

    /** Everything but the audit history: the *_aud tables and audit_revision are left to show what was. */
    private List<String> columnsReferringToOrganisations() {
        return jdbc.queryForList("""
                select concat(c.table_name, '.', c.column_name) from information_schema.columns c
                where c.table_schema = database() and c.table_name not like '%\\_aud' and c.table_name <> 'audit_revision'
                  and (c.column_name = 'organisation_id' or c.column_name like '%\\_organisation\\_id'
                       or (c.table_name = 'organisation' and c.column_name in ('merged_into', 'possible_duplicate_of'))
                       or exists (select 1 from information_schema.key_column_usage k
                                  where k.table_schema = c.table_schema and k.table_name = c.table_name
                                    and k.column_name = c.column_name and k.referenced_table_name = 'organisation'))
                order by 1""", String.class);
    }

    private long rowsAt(String column, long organisationId) {
        String[] tableAndColumn = column.split("\\.");
        return jdbc.queryForObject("select count(*) from `" + tableAndColumn[0] + "` where `" + tableAndColumn[1] + "` = ?",
                Long.class, organisationId);
    }
}
