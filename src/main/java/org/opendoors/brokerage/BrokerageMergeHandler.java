package org.opendoors.brokerage;

import org.opendoors.organisation.OrganisationsMerged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Place requests, asks and placements follow their organisation when two records of it are merged. */
@Component
class BrokerageMergeHandler {

    private final PlaceRequestRepository requests;
    private final EngagementAskRepository asks;
    private final PlacementRepository placements;

    BrokerageMergeHandler(PlaceRequestRepository requests, EngagementAskRepository asks, PlacementRepository placements) {
        this.requests = requests;
        this.asks = asks;
        this.placements = placements;
    }

    @EventListener
    public void on(OrganisationsMerged merged) {
        requests.findByOrganisationId(merged.fromId()).forEach(request -> request.moveTo(merged.intoId()));
        asks.findByOrganisationId(merged.fromId()).forEach(ask -> ask.moveTo(merged.intoId()));
        placements.findByOrganisationId(merged.fromId()).forEach(placement -> placement.moveTo(merged.intoId()));
    }
}
