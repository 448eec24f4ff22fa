package org.opendoors.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.opendoors.brokerage.AgeBand;
import org.opendoors.brokerage.AskService;
import org.opendoors.brokerage.PlaceRequestService;
import org.opendoors.brokerage.PlacementService;
import org.opendoors.offer.Offer;
import org.opendoors.offer.OfferDetails;
import org.opendoors.offer.OfferMode;
import org.opendoors.offer.OfferService;
import org.opendoors.offer.OfferStatus;
import org.opendoors.offer.OfferTiming;
import org.opendoors.offer.OfferTypeService;
import org.opendoors.security.UserAccountService;
import org.springframework.stereotype.Component;

/** Demo offers, a delivery, place requests, an ask and a placement, each made by the demo user whose job it is. */
@Component
class DemoBrokerage {

    private final OfferService offers;
    private final OfferTypeService types;
    private final PlaceRequestService requests;
    private final AskService asks;
    private final PlacementService placements;
    private final UserAccountService accounts;
    private final Clock clock;

    DemoBrokerage(OfferService offers, OfferTypeService types, PlaceRequestService requests, AskService asks,
                  PlacementService placements, UserAccountService accounts, Clock clock) {
        this.offers = offers;
        this.types = types;
        this.requests = requests;
        this.asks = asks;
        this.placements = placements;
        this.accounts = accounts;
        this.clock = clock;
    }

    void load(String employer, String adviser, String engagement, long askedOrganisationId) {
        LocalDate today = LocalDate.now(clock);
        Offer interviews = accounts.runAs(employer, () -> offers.save(null, null, offer("Mock interview",
                "Mock interviews with our site managers", OfferTiming.ON_DATE, today.plusDays(21), 6)));
        Offer trial = accounts.runAs(employer, () -> offers.save(null, null, offer("Work trial",
                "Two-week work trial as a trainee groundworker", OfferTiming.ON_REQUEST, null, 2)));
        accounts.runAs(employer, () -> offers.logDelivery(interviews.getId(), today.minusDays(10), 4, new BigDecimal("6"), null));
        long accepted = accounts.runAs(adviser, () -> requests.request(trial.getId(), "YP-4821", AgeBand.AGE_18_20, "Central",
                "Wants to try outdoor work before applying for a groundworks apprenticeship").getId());
        accounts.runAs(adviser, () -> requests.request(interviews.getId(), "YP-5307", AgeBand.AGE_16_17, "North",
                "Interview practice before college applications"));
        accounts.runAs(employer, () -> {
            requests.answer(accepted, true, "Happy to take them from Monday");
            return null;
        });
        accounts.runAs(engagement, () -> placements.fromRequest(accepted, today.minusDays(3), null));
        accounts.runAs(engagement, () -> asks.send(askedOrganisationId, typeId("Workplace tour"),
                LocalDateTime.of(today.plusDays(14), java.time.LocalTime.of(10, 0)), "A tour of the hotel kitchens for 4 young people"));
    }

    private OfferDetails offer(String type, String title, OfferTiming timing, LocalDate on, int places) {
        return new OfferDetails(typeId(type), title, "Friendly, practical and no pressure.", OfferMode.IN_PERSON, timing, on,
                null, places, "Construction", "Central", "Harbourside depot", "Age 16 to 25; right to work in the UK needed",
                true, null, OfferStatus.OPEN);
    }

    private long typeId(String name) {
        return types.active().stream().filter(t -> t.getName().equals(name)).findFirst().orElseThrow().getId();
    }
}
