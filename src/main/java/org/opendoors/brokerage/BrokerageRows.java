package org.opendoors.brokerage;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.opendoors.offer.OfferNames;
import org.opendoors.organisation.OrganisationNames;
import org.springframework.stereotype.Component;

/**
 * Turns a page of brokerage records, read from this module's own tables, into list rows: the names of the page's
 * organisations, offers and offer types come from their own modules, one statement per kind for the whole page.
 */
@Component
class BrokerageRows {

    private final OrganisationNames organisations;
    private final OfferNames offers;

    BrokerageRows(OrganisationNames organisations, OfferNames offers) {
        this.organisations = organisations;
        this.offers = offers;
    }

    List<RequestForCouncil> forCouncil(List<PlaceRequest> requests) {
        Map<Long, String> titles = offers.titles(ids(requests, PlaceRequest::getOfferId));
        Map<Long, String> names = organisations.of(ids(requests, PlaceRequest::getOrganisationId));
        return requests.stream().map(r -> new RequestForCouncil(r.getId(), titles.get(r.getOfferId()), r.getOrganisationId(),
                names.get(r.getOrganisationId()), r.getYoungPersonRef(), r.getAgeBand(), r.getArea(), r.getHopes(),
                r.getStatus(), r.getEmployerNote(), r.getCreatedAt())).toList();
    }

    List<RequestForEmployer> forEmployer(List<PlaceRequest> requests) {
        Map<Long, String> titles = offers.titles(ids(requests, PlaceRequest::getOfferId));
        return requests.stream().map(r -> new RequestForEmployer(r.getId(), titles.get(r.getOfferId()), r.getAgeBand(),
                r.getArea(), r.getHopes(), r.getStatus(), r.getEmployerNote(), r.getCreatedAt())).toList();
    }

    List<AskRow> asks(List<EngagementAsk> asks) {
        Map<Long, String> names = organisations.of(ids(asks, EngagementAsk::getOrganisationId));
        Map<Long, String> types = offers.typeNames(ids(asks, EngagementAsk::getOfferTypeId));
        return asks.stream().map(a -> new AskRow(a.getId(), a.getOrganisationId(), names.get(a.getOrganisationId()),
                types.get(a.getOfferTypeId()), a.getProposedAt(), a.getDetails(), a.getStatus(), a.getChasedAt())).toList();
    }

    List<PlacementRow> placements(List<Placement> placements) {
        Map<Long, String> names = organisations.of(ids(placements, Placement::getOrganisationId));
        Map<Long, String> types = offers.typeNames(ids(placements, Placement::getOfferTypeId));
        return placements.stream().map(p -> new PlacementRow(p.getId(), p.getYoungPersonRef(), names.get(p.getOrganisationId()),
                types.get(p.getOfferTypeId()), p.getStartDate(), p.getOutcome())).toList();
    }

    private static <T> Set<Long> ids(Collection<T> records, Function<T, Long> id) {
        return records.stream().map(id).collect(Collectors.toSet());
    }
}
