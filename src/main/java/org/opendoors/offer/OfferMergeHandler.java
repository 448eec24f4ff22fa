package org.opendoors.offer;

import org.opendoors.organisation.OrganisationsMerged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Offers and their deliveries follow their organisation when two records of it are merged, in the merge's transaction.
 * The board's rows (board_entry) follow each offer by trigger.
 */
@Component
class OfferMergeHandler {

    private final OfferRepository offers;
    private final DeliveryRepository deliveries;

    OfferMergeHandler(OfferRepository offers, DeliveryRepository deliveries) {
        this.offers = offers;
        this.deliveries = deliveries;
    }

    @EventListener
    public void on(OrganisationsMerged merged) {
        offers.findByOrganisationId(merged.fromId()).forEach(offer -> offer.moveTo(merged.intoId()));
        deliveries.findByOrganisationId(merged.fromId()).forEach(delivery -> delivery.moveTo(merged.intoId()));
    }
}
