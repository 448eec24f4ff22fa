package org.opendoors.brokerage;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.opendoors.base.FieldValidationException;
import org.opendoors.offer.contracts.SupplierContracts;
import org.opendoors.offer.Offer;
import org.opendoors.offer.OfferService;
import org.opendoors.organisation.OrganisationAccess;
import org.opendoors.privacy.PersonalDataCheck;
import org.opendoors.privacy.YoungPersonReferences;
import org.opendoors.security.AppRoles;
import org.opendoors.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Placements and what became of them: the outcome, and whether the young person is still in education,
 * employment or training 13, 26 and 52 weeks after starting.
 */
@Service
public class PlacementService {

    static final int DUE_LIST_DAYS_AHEAD = 14;

    private final PlacementRepository placements;
    private final SustainmentCheckRepository checks;
    private final PlaceRequestService requests;
    private final PlaceRequestRepository requestRepository;
    private final OfferService offers;
    private final OrganisationAccess access;
    private final SupplierContracts contracts;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final YoungPersonReferences references;

    PlacementService(PlacementRepository placements, SustainmentCheckRepository checks,
                     PlaceRequestService requests, PlaceRequestRepository requestRepository, OfferService offers, OrganisationAccess access,
                     SupplierContracts contracts, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock,
                     YoungPersonReferences references) {
        this.references = references;
        this.placements = placements;
        this.checks = checks;
        this.requests = requests;
        this.requestRepository = requestRepository;
        this.offers = offers;
        this.access = access;
        this.contracts = contracts;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A placement on an offer (or of an offer type with an organisation, when there is no offer), optionally
     * tagged to the organisation's contract it counts towards.
     */
    @Transactional
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN})
    public Placement record(String youngPersonRef, Long offerId, Long organisationId, Long offerTypeId, LocalDate startDate,
                            Long contractId) {
        String reference = references.check(youngPersonRef, "reference");
        if (offerId != null) {
            Offer offer = offers.find(offerId);
            organisationId = offer.getOrganisationId();
            offerTypeId = offer.getType().getId();
        }
        if (organisationId == null) {
            throw new FieldValidationException("organisation", "Choose the organisation");
        }
        if (offerTypeId == null) {
            throw new FieldValidationException("type", "Select the type of opportunity");
        }
        return start(new Placement(reference, organisationId, offerId, offerTypeId, null, checkedStart(startDate),
                currentUser.require().id(), checkedContract(contractId, organisationId)));
    }

    /** A placement from a request the employer accepted. */
    @Transactional
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN})
    public Placement fromRequest(long requestId, LocalDate startDate, Long contractId) {
        PlaceRequest request = requests.accepted(requestId);
        Offer offer = offers.find(request.getOfferId());
        Placement placement = start(new Placement(request.getYoungPersonRef(), request.getOrganisationId(), offer.getId(),
                offer.getType().getId(), requestId, checkedStart(startDate), currentUser.require().id(),
                checkedContract(contractId, request.getOrganisationId())));
        request.placed();
        requestRepository.save(request);
        return placement;
    }

    private Placement start(Placement placement) {
        Placement saved = placements.save(placement);
        for (int weeks : SustainmentCheck.WEEKS) {
            checks.save(new SustainmentCheck(saved.getId(), weeks, saved.getStartDate().plusWeeks(weeks)));
        }
        return saved;
    }

    @Transactional
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN})
    public void recordOutcome(long placementId, PlacementOutcome outcome, LocalDate on, String reason) {
        if (outcome == null) {
            throw new FieldValidationException("outcome", "Select the outcome");
        }
        if (on == null) {
            throw new FieldValidationException("outcomeOn", "Enter the date of the outcome");
        }
        if (outcome == PlacementOutcome.LEFT_EARLY && (reason == null || reason.isBlank())) {
            throw new FieldValidationException("reason", "Say why the young person left early");
        }
        String checkedReason = reason == null || reason.isBlank() ? null : PersonalDataCheck.freeText(reason.trim(), "reason");
        placements.findById(placementId).orElseThrow().recordOutcome(outcome, on, checkedReason);
    }

    @Transactional
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN})
    public void recordCheck(long checkId, SustainmentResult result) {
        if (result == null) {
            throw new FieldValidationException("result", "Select the result of the check");
        }
        checks.findById(checkId).orElseThrow().record(result, LocalDate.now(clock));
    }

    @Transactional(readOnly = true)
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN})
    public List<PlacementRow> all(Pageable pageable) {
        return placements.page(pageable.getOffset(), pageable.getPageSize());
    }

    @Transactional(readOnly = true)
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN})
    public long count() {
        return placements.count();
    }

    @Transactional(readOnly = true)
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN})
    public List<SustainmentCheck> checksOf(long placementId) {
        return checks.findByPlacementIdOrderByWeeks(placementId);
    }

    /** The signed-in person's checks that are due, or due within two weeks. */
    @Transactional(readOnly = true)
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN})
    public List<SustainmentCheck> myDueChecks() {
        return checks.dueFor(currentUser.require().id(), LocalDate.now(clock).plusDays(DUE_LIST_DAYS_AHEAD), PageRequest.of(0, 100));
    }

    /** How many of the signed-in person's checks are due, or due within two weeks. */
    @Transactional(readOnly = true)
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN})
    public long countMyDueChecks() {
        return checks.countDueFor(currentUser.require().id(), LocalDate.now(clock).plusDays(DUE_LIST_DAYS_AHEAD));
    }

    /** The daily run: remind the owner of each check on the day it falls due, once. */
    @Transactional
    @Secured(AppRoles.ROLE_ADMIN)
    public void sendCheckReminders() {
        for (SustainmentCheck check : checks.dueForReminder(LocalDate.now(clock))) {
            check.markReminderSent();
            Placement placement = placements.findById(check.getPlacementId()).orElseThrow();
            events.publishEvent(new SustainmentCheckDue(check.getId(), placement.getId(), placement.getOwnerUserId(),
                    check.getWeeks(), check.getDueOn()));
        }
    }

    /** Placements an organisation started in a period, tagged to the contract or to none (social value evidence). */
    @Transactional(readOnly = true)
    public long countStarted(long organisationId, long contractId, LocalDate from, LocalDate to) {
        access.checkCanUse(organisationId);
        return placements.countStartedFor(organisationId, contractId, from, to);
    }

    /** Young people an organisation took into employment in a period, tagged to the contract or to none. */
    @Transactional(readOnly = true)
    public long countHired(long organisationId, long contractId, LocalDate from, LocalDate to) {
        access.checkCanUse(organisationId);
        return placements.countOutcomesFor(organisationId, contractId, PlacementOutcome.PROGRESSED_TO_EMPLOYMENT, from, to);
    }

    /** Counts for the employer's "our impact" page: no young person's reference. */
    @Transactional(readOnly = true)
    public PlacementImpact impact(long organisationId) {
        access.checkCanUse(organisationId);
        Object[] row = placements.outcomes(organisationId).getFirst();
        return new PlacementImpact(number(row[0]), number(row[1]), number(row[2]), number(row[3]),
                checks.sustainedFor(organisationId), requestRepository.countByOrganisationId(organisationId));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private Long checkedContract(Long contractId, long organisationId) {
        if (contractId != null && !contracts.belongsTo(contractId, organisationId)) {
            throw new FieldValidationException("contract", "Choose one of this organisation's contracts");
        }
        return contractId;
    }

    private LocalDate checkedStart(LocalDate startDate) {
        if (startDate == null) {
            throw new FieldValidationException("startDate", "Enter the start date");
        }
        return startDate;
    }
}
