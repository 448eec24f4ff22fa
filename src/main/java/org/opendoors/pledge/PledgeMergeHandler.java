package org.opendoors.pledge;

import org.opendoors.organisation.OrganisationsMerged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Pledges follow their organisation when two records of it are merged, in the merge's transaction. */
@Component
class PledgeMergeHandler {

    private final PledgeRepository pledges;

    PledgeMergeHandler(PledgeRepository pledges) {
        this.pledges = pledges;
    }

    @EventListener
    public void on(OrganisationsMerged merged) {
        pledges.findByOrganisationIdOrderByCreatedAtDesc(merged.fromId()).forEach(pledge -> pledge.moveTo(merged.intoId()));
    }
}
