package org.opendoors.offer;

import java.util.Collection;
import java.util.Map;
import org.opendoors.base.IdAndName;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Offers' titles and offer types' names by id, for other modules' lists: a page's worth in one statement each. */
@Service
public class OfferNames {

    private final OfferRepository offers;
    private final OfferTypeRepository types;

    OfferNames(OfferRepository offers, OfferTypeRepository types) {
        this.offers = offers;
        this.types = types;
    }

    @Transactional(readOnly = true)
    public Map<Long, String> titles(Collection<Long> offerIds) {
        return offerIds.isEmpty() ? Map.of() : IdAndName.byId(offers.titlesOf(offerIds));
    }

    @Transactional(readOnly = true)
    public Map<Long, String> typeNames(Collection<Long> offerTypeIds) {
        return offerTypeIds.isEmpty() ? Map.of() : IdAndName.byId(types.namesOf(offerTypeIds));
    }
}
