package org.opendoors.brokerage;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.opendoors.base.FieldValidationException;
import org.opendoors.base.TimeConfiguration;
import org.opendoors.offer.OfferTypeService;
import org.opendoors.organisation.OrganisationAccess;
import org.opendoors.privacy.PersonalDataCheck;
import org.opendoors.security.AppRoles;
import org.opendoors.security.CurrentUser;
import org.opendoors.security.InvalidLinkException;
import org.opendoors.security.OneTimeTokens;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Specific asks to employers. The e-mail carries accept and decline links holding a one-time token (256
 * random bits; only its hash is stored), valid once, until the proposed time or for 7 days at most. Unanswered
 * asks are chased after 3 days and expire when their link does.
 */
@Service
public class AskService {

    static final Duration CHASE_AFTER = Duration.ofDays(3);
    static final Duration LINK_LIFETIME = Duration.ofDays(7);

    private final EngagementAskRepository asks;
    private final OrganisationAccess access;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final OfferTypeService offerTypes;

    AskService(EngagementAskRepository asks, OrganisationAccess access, CurrentUser currentUser,
               ApplicationEventPublisher events, Clock clock, OfferTypeService offerTypes) {
        this.asks = asks;
        this.offerTypes = offerTypes;
        this.access = access;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN})
    public EngagementAsk send(Long organisationId, Long offerTypeId, LocalDateTime proposedAt, String details) {
        if (organisationId == null) {
            throw new FieldValidationException("organisation", "Choose the organisation to ask");
        }
        if (offerTypeId == null) {
            throw new FieldValidationException("type", "Select what you are asking for");
        }
        Instant now = clock.instant();
        if (proposedAt == null) {
            throw new FieldValidationException("proposedAt", "Enter the date and time you are proposing");
        }
        Instant proposed = proposedAt.atZone(TimeConfiguration.LONDON).toInstant();
        if (!proposed.isAfter(now)) {
            throw new FieldValidationException("proposedAt", "The date and time must be in the future");
        }
        if (details != null && details.length() > EngagementAsk.DETAILS_MAX_LENGTH) {
            throw new FieldValidationException("details", "Details must be " + EngagementAsk.DETAILS_MAX_LENGTH + " characters or fewer");
        }
        String token = OneTimeTokens.newToken();
        Instant linkExpires = proposed.isBefore(now.plus(LINK_LIFETIME)) ? proposed : now.plus(LINK_LIFETIME);
        EngagementAsk ask = asks.save(new EngagementAsk(organisationId, offerTypeId, proposedAt,
                PersonalDataCheck.optionalFreeText(details, "details"), OneTimeTokens.hash(token), now, linkExpires,
                currentUser.require().id()));
        events.publishEvent(new AskSent(ask.getId(), organisationId, token, offerTypes.get(offerTypeId).getName(), proposedAt,
                ask.getDetails()));
        return ask;
    }

    /** Whether an e-mail link can still answer its ask; the ask, to show what is being answered. */
    @Transactional(readOnly = true)
    public EngagementAsk checkLink(String token) {
        return usable(asks.readByTokenHash(OneTimeTokens.hash(token == null ? "" : token)));
    }

    /** Accept or decline from the e-mail link: no sign-in, the token is the proof. */
    @Transactional
    public EngagementAsk answerByLink(String token, boolean accepted) {
        EngagementAsk ask = usable(asks.findByTokenHash(OneTimeTokens.hash(token == null ? "" : token)));
        ask.answer(accepted, clock.instant());
        events.publishEvent(new AskAnswered(ask.getId(), ask.getCreatedByUserId(), accepted));
        return ask;
    }

    private EngagementAsk usable(java.util.Optional<EngagementAsk> found) {
        EngagementAsk ask = found.orElseThrow(() ->
                new InvalidLinkException("This link is not recognised. Check you used the whole link from the e-mail."));
        boolean expired = ask.getStatus() == AskStatus.EXPIRED
                || (ask.getStatus() == AskStatus.SENT && !ask.isLinkUsed() && !ask.isLinkUsable(clock.instant()));
        if (expired) {
            throw new InvalidLinkException("This link has expired. Sign in to Open Doors, or contact the engagement team.");
        }
        if (ask.isLinkUsed() || ask.getStatus() != AskStatus.SENT) {
            throw new InvalidLinkException("This request has already been answered (it is " + ask.getStatus().label().toLowerCase()
                    + "). Sign in to Open Doors to see it.");
        }
        return ask;
    }

    /** Accept or decline in the portal, by the organisation's employer users. */
    @Transactional
    public void answer(long askId, boolean accepted) {
        EngagementAsk ask = asks.findById(askId).orElseThrow();
        access.checkCanUse(ask.getOrganisationId());
        ask.answer(accepted, clock.instant());
        events.publishEvent(new AskAnswered(ask.getId(), ask.getCreatedByUserId(), accepted));
    }

    @Transactional
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN})
    public void schedule(long askId) {
        asks.findById(askId).orElseThrow().schedule();
    }

    @Transactional
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN})
    public void complete(long askId) {
        asks.findById(askId).orElseThrow().complete();
    }

    @Transactional
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN})
    public void cancel(long askId) {
        asks.findById(askId).orElseThrow().cancel();
    }

    @Transactional(readOnly = true)
    public EngagementAsk find(long askId) {
        EngagementAsk ask = asks.findById(askId).orElseThrow();
        access.checkCanUse(ask.getOrganisationId());
        return ask;
    }

    @Transactional(readOnly = true)
    public List<AskRow> forOrganisation(long organisationId, Pageable pageable) {
        access.checkCanUse(organisationId);
        return asks.rowsFor(organisationId, pageable);
    }

    @Transactional(readOnly = true)
    public long countFor(long organisationId) {
        access.checkCanUse(organisationId);
        return asks.countByOrganisationId(organisationId);
    }

    @Transactional(readOnly = true)
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN})
    public List<AskRow> all(Pageable pageable) {
        return asks.page(pageable.getOffset(), pageable.getPageSize());
    }

    @Transactional(readOnly = true)
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN})
    public long count() {
        return asks.count();
    }

    /** Asks sent to employers and not answered yet. */
    @Transactional(readOnly = true)
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN})
    public long countWaiting() {
        return asks.countByStatus(AskStatus.SENT);
    }

    /** The hourly run: chase asks unanswered for 3 days, once; expire those whose link ran out. */
    @Transactional
    @Secured(AppRoles.ROLE_ADMIN)
    public void chaseAndExpire() {
        Instant now = clock.instant();
        for (EngagementAsk ask : asks.findByStatusAndLinkExpiresAtBefore(AskStatus.SENT, now)) {
            ask.expire();
        }
        for (EngagementAsk ask : asks.findByStatusAndSentAtBeforeAndChasedAtIsNull(AskStatus.SENT, now.minus(CHASE_AFTER))) {
            ask.chased(now);
            events.publishEvent(new AskChased(ask.getId(), ask.getOrganisationId()));
        }
    }
}
