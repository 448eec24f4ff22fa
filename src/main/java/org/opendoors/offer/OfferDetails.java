package org.opendoors.offer;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What an employer says about an offer. */
public record OfferDetails(
        Long offerTypeId,
        @NotBlank(message = "Enter a title, like \"Mock interviews with our HR team\"")
        @Size(max = Offer.TITLE_MAX_LENGTH, message = "The title must be " + Offer.TITLE_MAX_LENGTH + " characters or fewer")
        String title,
        String description,
        @NotNull(message = "Select how it happens") OfferMode mode,
        @NotNull(message = "Select when it happens") OfferTiming timing,
        LocalDate startsOn,
        String recurrence,
        @NotNull(message = PLACES_MESSAGE) @Min(value = 1, message = PLACES_MESSAGE)
        @Max(value = OfferService.MAX_PLACES, message = PLACES_MESSAGE) Integer places,
        String sector,
        String area,
        String location,
        @Size(max = Offer.ELIGIBILITY_MAX_LENGTH, message = "Eligibility notes must be " + Offer.ELIGIBILITY_MAX_LENGTH
                + " characters or fewer")
        String eligibility,
        boolean ringfenced,
        Long commitmentId,
        OfferStatus status) {

    static final String PLACES_MESSAGE = "Enter how many places, from 1 to " + OfferService.MAX_PLACES;
}
