package org.opendoors.socialvalue;

import org.opendoors.organisation.OrganisationsMerged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A supplier's contracts follow it when two records of the organisation are merged. */
@Component
class SocialValueMergeHandler {

    private final ContractRepository contracts;

    SocialValueMergeHandler(ContractRepository contracts) {
        this.contracts = contracts;
    }

    @EventListener
    public void on(OrganisationsMerged merged) {
        contracts.findBySupplierId(merged.fromId()).forEach(contract -> contract.moveTo(merged.intoId()));
    }
}
