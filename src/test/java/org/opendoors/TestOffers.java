package org.opendoors;

import java.time.LocalDate;
import org.opendoors.offer.Offer;
import org.opendoors.offer.OfferDetails;
import org.opendoors.offer.OfferMode;
import org.opendoors.offer.OfferService;
import org.opendoors.offer.OfferStatus;
import org.opendoors.offer.OfferTiming;
import org.opendoors.offer.OfferTypeService;
import org.opendoors.security.TestUsers;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Offers made by a registered employer, through the real service, signed in as that employer. */
@Component
public class TestOffers {

    private final OfferService offers;
    private final OfferTypeService types;
    private final TestUsers users;

    private final org.opendoors.organisation.OrganisationService organisations;

    TestOffers(OfferService offers, OfferTypeService types, TestUsers users,
               org.opendoors.organisation.OrganisationService organisations) {
        this.organisations = organisations;
        this.offers = offers;
        this.types = types;
        this.users = users;
    }

    /** An open offer of an organisation the engagement team has vetted, so advisers see it. */
    public Offer open(String employerEmail, String title, String typeName, String sector, LocalDate on) {
        Offer offer = openWithoutVetting(employerEmail, title, typeName, sector, on);
        org.opendoors.base.SystemTask.run(() -> organisations.markVetted(offer.getOrganisationId()));
        return offer;
    }

    /** An open offer of an organisation nobody has vetted yet. */
    public Offer openWithoutVetting(String employerEmail, String title, String typeName, String sector, LocalDate on) {
        long typeId = types.active().stream().filter(t -> t.getName().equals(typeName)).findFirst().orElseThrow().getId();
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext employer = SecurityContextHolder.createEmptyContext();
        var principal = users.principal(employerEmail);
        employer.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(employer);
        try {
            return offers.save(null, null, new OfferDetails(typeId, title, "A friendly session", OfferMode.IN_PERSON,
                    on == null ? OfferTiming.ON_REQUEST : OfferTiming.ON_DATE, on, null, 4, sector, "Central", "Main office",
                    "Age 16 to 25", true, null, OfferStatus.OPEN));
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
