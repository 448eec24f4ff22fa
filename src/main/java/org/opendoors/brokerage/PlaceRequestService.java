package org.opendoors.brokerage;

import java.time.Clock;
import java.util.List;
import org.opendoors.base.FieldValidationException;
import org.opendoors.offer.Offer;
import org.opendoors.offer.OfferService;
import org.opendoors.offer.OfferStatus;
import org.opendoors.organisation.OrganisationAccess;
import org.opendoors.privacy.PersonalDataCheck;
import org.opendoors.privacy.YoungPersonReferences;
import org.opendoors.security.AppRoles;
import org.opendoors.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Advisers ask for a place on an offer; the employer answers, seeing nothing that identifies the young person. */
@Service
public class PlaceRequestService {

    private final PlaceRequestRepository requests;
    private final OfferService offers;
    private final OrganisationAccess access;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final YoungPersonReferences references;
    private final org.opendoors.organisation.OrganisationService organisations;

    PlaceRequestService(PlaceRequestRepository requests, OfferService offers, OrganisationAccess access,
                        CurrentUser currentUser, ApplicationEventPublisher events, Clock clock,
                        YoungPersonReferences references, org.opendoors.organisation.OrganisationService organisations) {
        this.references = references;
        this.organisations = organisations;
        this.requests = requests;
        this.offers = offers;
        this.access = access;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    @Secured(AppRoles.ROLE_ADVISER)
    public PlaceRequest request(long offerId, String youngPersonRef, AgeBand ageBand, String area, String hopes) {
        Offer offer = offers.find(offerId);
        if (offer.getStatus() != OfferStatus.OPEN) {
            throw new FieldValidationException("", "This offer is no longer open for requests");
        }
        if (!organisations.isListable(offer.getOrganisationId())) { // safeguarding: only vetted organisations
            throw new FieldValidationException("", "This offer is not open for requests");
        }
        String reference = references.check(youngPersonRef, "reference");
        if (ageBand == null) {
            throw new FieldValidationException("ageBand", "Select the young person's age band");
        }
        if (area == null || area.isBlank()) {
            throw new FieldValidationException("area", "Select the area the young person lives in");
        }
        if (hopes == null || hopes.isBlank()) {
            throw new FieldValidationException("hopes", "Say what the young person hopes to gain");
        }
        if (hopes.length() > PlaceRequest.HOPES_MAX_LENGTH) {
            throw new FieldValidationException("hopes", "This must be " + PlaceRequest.HOPES_MAX_LENGTH + " characters or fewer");
        }
        String checkedHopes = PersonalDataCheck.freeText(hopes, "hopes");
        PlaceRequest request = requests.save(new PlaceRequest(offerId, offer.getOrganisationId(), currentUser.require().id(),
                reference, ageBand, area, checkedHopes, clock.instant()));
        events.publishEvent(new PlaceRequested(request.getId(), offerId, offer.getOrganisationId(), offer.getTitle()));
        return request;
    }

    /** The reference an adviser quotes for a request, e.g. REQ-000042. */
    public static String reference(long requestId) {
        return "REQ-%06d".formatted(requestId);
    }

    @Transactional(readOnly = true)
    @Secured(AppRoles.ROLE_ADVISER)
    public List<RequestForCouncil> mine(Pageable pageable) {
        return requests.byAdviser(currentUser.require().id(), pageable);
    }

    @Transactional(readOnly = true)
    @Secured(AppRoles.ROLE_ADVISER)
    public long countMine() {
        return requests.countByAdviserUserId(currentUser.require().id());
    }

    @Transactional(readOnly = true)
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN})
    public List<RequestForCouncil> all(Pageable pageable) {
        return requests.all(pageable);
    }

    /** Requests to an organisation, without any young person's reference. */
    @Transactional(readOnly = true)
    public List<RequestForEmployer> forOrganisation(long organisationId, Pageable pageable) {
        access.checkCanUse(organisationId);
        return requests.forOrganisation(organisationId, pageable);
    }

    @Transactional(readOnly = true)
    public long countForOrganisation(long organisationId) {
        access.checkCanUse(organisationId);
        return requests.countByOrganisationId(organisationId);
    }

    /** Accepted requests not yet turned into placements, for the engagement team. */
    @Transactional(readOnly = true)
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN})
    public List<RequestForCouncil> awaitingPlacement() {
        return requests.withStatus(PlaceRequestStatus.ACCEPTED, org.springframework.data.domain.PageRequest.of(0, 200));
    }

    @Transactional
    public void answer(long requestId, boolean accepted, String note) {
        PlaceRequest request = requests.findById(requestId).orElseThrow();
        access.checkCanUse(request.getOrganisationId());
        if (request.getStatus() != PlaceRequestStatus.REQUESTED) {
            throw new FieldValidationException("", "This request has already been answered");
        }
        request.answer(accepted, note == null || note.isBlank() ? null : PersonalDataCheck.freeText(note.trim(), "note"));
        events.publishEvent(new PlaceRequestAnswered(requestId, request.getAdviserUserId(), accepted));
    }

    PlaceRequest accepted(long requestId) {
        PlaceRequest request = requests.findById(requestId).orElseThrow();
        if (request.getStatus() != PlaceRequestStatus.ACCEPTED) {
            throw new FieldValidationException("", "Only an accepted request can become a placement");
        }
        return request;
    }
}
