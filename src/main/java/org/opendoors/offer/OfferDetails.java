package org.opendoors.offer;

import java.time.LocalDate;

/** What an employer says about an offer. */
public record OfferDetails(
        Long offerTypeId,
        String title,
        String description,
        OfferMode mode,
        OfferTiming timing,
        LocalDate startsOn,
        String recurrence,
        Integer places,
        String sector,
        String area,
        String location,
        String eligibility,
        boolean ringfenced,
        Long commitmentId,
        OfferStatus status) {
}
