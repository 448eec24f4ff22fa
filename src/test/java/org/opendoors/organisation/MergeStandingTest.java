package org.opendoors.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.opendoors.SpringTest;
import org.opendoors.TestEmployers;
import org.opendoors.TestOffers;
import org.opendoors.base.SystemTask;
import org.opendoors.pledge.Pledge;
import org.opendoors.pledge.PledgeService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The organisation kept by a merge keeps the standing the duplicate had: vetted, and pledged while a pledge is in force. */
class MergeStandingTest extends SpringTest {

    @Autowired
    OrganisationMergeService merges;

    @Autowired
    OrganisationService organisations;

    @Autowired
    PledgeService pledges;

    @Autowired
    TestEmployers employers;

    @Autowired
    TestOffers offers;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_duplicate_vetted_by_the_team_vets_the_organisation_kept_and_its_offers_stay_on_the_board() {
        TestEmployers.Employer duplicate = employers.register(false);
        offers.open(duplicate.email(), "Vetted taster " + System.nanoTime(), "Taster day", "Construction", null); // vets it
        long keepId = employers.register(false).organisationId();
        assertThat(organisation(keepId).isVetted()).isFalse();

        SystemTask.run(() -> merges.merge(duplicate.organisationId(), keepId));

        Organisation kept = organisation(keepId);
        assertThat(kept.isVetted()).isTrue();
        assertThat(kept.getVettedAt()).isEqualTo(organisation(duplicate.organisationId()).getVettedAt());
        assertThat(jdbc.queryForObject("select count(*) from board_entry where organisation_id = ?", Long.class, keepId))
                .as("the moved open offer on the board").isOne();
    }

    @Test
    void with_two_pledges_in_force_after_a_merge_ending_one_leaves_the_organisation_pledged() {
        TestEmployers.Employer keep = employers.register(false);
        TestEmployers.Employer duplicate = employers.register(false);
        Pledge kept = employers.approvedPledge(keep.organisationId(), 1);
        Pledge moved = employers.approvedPledge(duplicate.organisationId(), 1);
        SystemTask.run(() -> merges.merge(duplicate.organisationId(), keep.organisationId()));

        withdraw(kept);
        assertThat(organisation(keep.organisationId()).isPledgeInForce()).as("the moved pledge is still in force").isTrue();
        assertThat(organisation(keep.organisationId()).getStatus()).isEqualTo(OrganisationStatus.PLEDGED);

        withdraw(moved);
        assertThat(organisation(keep.organisationId()).isPledgeInForce()).isFalse();
        assertThat(organisation(keep.organisationId()).getStatus()).isEqualTo(OrganisationStatus.LAPSED);
    }

    private void withdraw(Pledge pledge) {
        long version = jdbc.queryForObject("select version from pledge where id = ?", Long.class, pledge.getId());
        SystemTask.run(() -> pledges.withdraw(pledge.getId(), version, "Ended in a test"));
    }

    private Organisation organisation(long id) {
        return SystemTask.run(() -> organisations.find(id)).orElseThrow();
    }
}
