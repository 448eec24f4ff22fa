package org.opendoors.offer;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.opendoors.base.DeclaredRules;
import org.opendoors.base.DeclaredRules.Between;
import org.opendoors.base.FieldValidationException;
import org.opendoors.offer.contracts.SupplierContracts;
import org.opendoors.organisation.OrganisationAccess;
import org.opendoors.security.AppRoles;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Employers' offers and deliveries, and the opportunities board advisers search. */
@Service
public class OfferService {

    public static final int MAX_PLACES = 1000;

    private final OfferRepository offers;
    private final OfferTypeRepository types;
    private final DeliveryRepository deliveries;
    private final OrganisationAccess access;
    private final SupplierContracts contracts;
    private final Clock clock;
    private final org.opendoors.organisation.OrganisationService organisations;
    private final BoardQuery board;

    OfferService(OfferRepository offers, OfferTypeRepository types, DeliveryRepository deliveries,
                 OrganisationAccess access, SupplierContracts contracts, Clock clock,
                 org.opendoors.organisation.OrganisationService organisations, BoardQuery board) {
        this.board = board;
        this.organisations = organisations;
        this.offers = offers;
        this.types = types;
        this.deliveries = deliveries;
        this.access = access;
        this.contracts = contracts;
        this.clock = clock;
    }

    /** Whether advisers can see the signed-in employer's open offers (the organisation is vetted). */
    @Transactional(readOnly = true)
    @Secured(AppRoles.ROLE_EMPLOYER)
    public boolean ownOffersReachAdvisers() {
        return organisations.isListable(access.ownOrganisationId());
    }

    /** Creates ({@code offerId} null) or changes one of the signed-in employer's offers. */
    @Transactional
    @Secured(AppRoles.ROLE_EMPLOYER)
    public Offer save(Long offerId, Long expectedVersion, OfferDetails details) {
        checkDetails(details);
        Offer offer;
        if (offerId == null) {
            offer = new Offer(access.ownOrganisationId(), clock.instant());
        } else {
            offer = offers.findById(offerId).orElseThrow();
            access.checkCanUse(offer.getOrganisationId());
            if (expectedVersion == null || offer.getVersion() != expectedVersion) {
                throw new ObjectOptimisticLockingFailureException(Offer.class, offerId);
            }
        }
        offer.update(types.findById(details.offerTypeId()).orElseThrow(), details);
        return offers.saveAndFlush(offer);
    }

    /** One offer: for its own organisation, the council's staff and advisers (offers are not secret to them). */
    @Transactional(readOnly = true)
    public Offer find(long offerId) {
        Offer offer = offers.findById(offerId).orElseThrow(() -> new FieldValidationException("", "This offer does not exist"));
        if (!access.isCouncilStaff() && !access.isAdviser()) {
            access.checkCanUse(offer.getOrganisationId());
        }
        return offer;
    }

    @Transactional(readOnly = true)
    @Secured(AppRoles.ROLE_EMPLOYER)
    public List<Offer> mine(Pageable pageable) {
        return offers.findByOrganisationIdOrderByIdDesc(access.ownOrganisationId(), pageable);
    }

    @Transactional(readOnly = true)
    @Secured(AppRoles.ROLE_EMPLOYER)
    public long countMine() {
        return offers.countByOrganisationId(access.ownOrganisationId());
    }

    /**
     * A page of open offers of vetted organisations, filtered and sorted in SQL: dated ones soonest first, then the
     * undated ones.
     */
    @Transactional(readOnly = true)
    @Secured({AppRoles.ROLE_ADVISER, AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN})
    public List<BoardRow> board(BoardFilter f, Pageable pageable) {
        return board.page(withoutBlanks(f), pageable.getOffset(), pageable.getPageSize());
    }

    @Transactional(readOnly = true)
    @Secured({AppRoles.ROLE_ADVISER, AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN})
    public long countBoard(BoardFilter f) {
        return board.count(withoutBlanks(f));
    }

    static BoardFilter withoutBlanks(BoardFilter f) {
        return new BoardFilter(f.typeId(), blank(f.sector()), blank(f.area()), f.mode(), f.from());
    }

    /** Records what happened on an offer, optionally tagged to the organisation's contract it counts towards. */
    @Transactional
    public Delivery logDelivery(long offerId, LocalDate deliveredOn, Integer youngPeople, BigDecimal hours, Long contractId) {
        Offer offer = offers.findById(offerId).orElseThrow();
        access.checkCanUse(offer.getOrganisationId());
        if (deliveredOn == null) {
            throw new FieldValidationException("deliveredOn", "Enter the date it happened");
        }
        if (deliveredOn.isAfter(LocalDate.now(clock))) {
            throw new FieldValidationException("deliveredOn", "The date must be today or in the past");
        }
        if (youngPeople == null || youngPeople < 1 || youngPeople > MAX_PLACES) {
            throw new FieldValidationException("youngPeople", "Enter how many young people took part, from 1 to " + MAX_PLACES);
        }
        if (hours == null || hours.signum() <= 0 || hours.compareTo(BigDecimal.valueOf(10_000)) > 0) {
            throw new FieldValidationException("hours", "Enter the hours in total, for example 3 or 2.5");
        }
        if (contractId != null && !contracts.belongsTo(contractId, offer.getOrganisationId())) {
            throw new FieldValidationException("contract", "Choose one of your organisation's contracts");
        }
        return deliveries.save(new Delivery(offerId, offer.getOrganisationId(), deliveredOn, youngPeople, hours, contractId));
    }

    @Transactional(readOnly = true)
    public List<Delivery> deliveries(long offerId) {
        find(offerId);
        return deliveries.findByOfferIdOrderByDeliveredOnDesc(offerId);
    }

    /** Deliveries in a period tagged to the contract or to none, for social value evidence. */
    @Transactional(readOnly = true)
    public OfferImpact deliveriesBetween(long organisationId, long contractId, LocalDate from, LocalDate to) {
        access.checkCanUse(organisationId);
        Object[] totals = deliveries.totalsFor(organisationId, contractId, from, to).getFirst();
        return new OfferImpact(0, ((Number) totals[0]).longValue(), ((Number) totals[1]).longValue(),
                new BigDecimal(totals[2].toString()));
    }

    /** Counts for the employer's "our impact" page. */
    @Transactional(readOnly = true)
    public OfferImpact impact(long organisationId) {
        access.checkCanUse(organisationId);
        Object[] totals = deliveries.totals(organisationId);
        if (totals.length == 1 && totals[0] instanceof Object[] nested) {
            totals = nested;
        }
        return new OfferImpact(offers.countByOrganisationId(organisationId), ((Number) totals[0]).longValue(),
                ((Number) totals[1]).longValue(), new BigDecimal(totals[2].toString()));
    }

    /** The type first (its field is the form's first), then the rules declared on {@link OfferDetails} and between its fields. */
    private static void checkDetails(OfferDetails d) {
        if (d.offerTypeId() == null) {
            throw new FieldValidationException("type", "Select the type of offer");
        }
        DeclaredRules.check(d,
                new Between<>("startsOn", o -> o.timing() == OfferTiming.ON_DATE && o.startsOn() == null, "Enter the date"),
                new Between<>("recurrence", o -> o.timing() == OfferTiming.RECURRING && (o.recurrence() == null || o.recurrence().isBlank()),
                        "Say how often, like \"Every other Tuesday morning\""));
    }

    static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
