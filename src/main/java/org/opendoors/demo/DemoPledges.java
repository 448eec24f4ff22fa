package org.opendoors.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.opendoors.pledge.CommitmentChoice;
import org.opendoors.pledge.CommitmentService;
import org.opendoors.pledge.Pledge;
import org.opendoors.pledge.PledgeService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Pledges in every state for the demo, made through the real pledge lifecycle. Renewed and lapsed pledges
 * need a year to pass: their approval date is moved back in the database before the renewal run.
 */
@Component
class DemoPledges {

    private final PledgeService pledges;
    private final CommitmentService commitments;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    DemoPledges(PledgeService pledges, CommitmentService commitments, JdbcTemplate jdbc, Clock clock) {
        this.pledges = pledges;
        this.commitments = commitments;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void draft(long organisationId) {
        create(organisationId, 2);
    }

    void submitted(long organisationId) {
        Pledge pledge = create(organisationId, 3);
        pledges.submit(pledge.getId(), pledge.getVersion());
    }

    void returned(long organisationId) {
        Pledge pledge = submittedPledge(organisationId, 2);
        pledges.returnForChanges(pledge.getId(), pledge.getVersion(),
                "Please say how many work experience placements you can offer each year.");
    }

    long approved(long organisationId) {
        Pledge pledge = submittedPledge(organisationId, 5);
        return pledges.approve(pledge.getId(), pledge.getVersion()).getId();
    }

    void renewed(long organisationId) {
        long id = approved(organisationId);
        moveApprovalBack(id, 350);
        Pledge pledge = pledges.find(id);
        pledges.renew(pledge.getId(), pledge.getVersion());
    }

    void lapsed(long organisationId) {
        moveApprovalBack(approved(organisationId), 380);
        pledges.processRenewals();
    }

    void withdrawn(long organisationId) {
        Pledge pledge = pledges.find(approved(organisationId));
        pledges.withdraw(pledge.getId(), pledge.getVersion(), "The business is restructuring this year");
    }

    private Pledge submittedPledge(long organisationId, int commitmentCount) {
        Pledge pledge = create(organisationId, commitmentCount);
        return pledges.submit(pledge.getId(), pledge.getVersion());
    }

    private Pledge create(long organisationId, int commitmentCount) {
        List<CommitmentChoice> choices = commitments.active().stream().limit(commitmentCount)
                .map(c -> new CommitmentChoice(c.getId(), c.getQuantityUnit() == null ? null : 2, null)).toList();
        return pledges.saveDraft(organisationId, null, null, LocalDate.now(clock).plusDays(14), choices);
    }

    private void moveApprovalBack(long pledgeId, int days) {
        LocalDate approvedOn = LocalDate.now(clock).minusDays(days);
        jdbc.update("update pledge set approved_on = ?, renewal_due_on = ? where id = ?",
                approvedOn, approvedOn.plusMonths(12), pledgeId);
    }
}
