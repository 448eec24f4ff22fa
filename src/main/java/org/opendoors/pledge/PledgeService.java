package org.opendoors.pledge;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.opendoors.base.FieldValidationException;
import org.opendoors.organisation.OrganisationAccess;
import org.opendoors.organisation.OrganisationService;
import org.opendoors.organisation.OrganisationStatus;
import org.opendoors.security.AppRoles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A pledge's whole life: built and submitted by the employer, approved or returned by the engagement team,
 * renewed every 12 months or lapsed, withdrawn by either side. Every step is recorded in the pledge's
 * history and published as an event (certificates and e-mails follow from those).
 */
@Service
public class PledgeService {

    public static final int MAX_YEARLY_QUANTITY = 10_000;
    static final int FIRST_REMINDER_DAYS = 30;
    static final int LAST_REMINDER_DAYS = 7;
    private static final EnumSet<PledgeStatus> CURRENT = EnumSet.of(PledgeStatus.DRAFT, PledgeStatus.SUBMITTED,
            PledgeStatus.RETURNED, PledgeStatus.APPROVED, PledgeStatus.RENEWED);
    private static final EnumSet<PledgeStatus> IN_FORCE = EnumSet.of(PledgeStatus.APPROVED, PledgeStatus.RENEWED);

    private final PledgeRepository pledges;
    private final PledgeTransitionRepository transitions;
    private final CommitmentRepository commitments;
    private final OrganisationAccess access;
    private final OrganisationService organisations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PledgeService(PledgeRepository pledges, PledgeTransitionRepository transitions, CommitmentRepository commitments,
                  OrganisationAccess access, OrganisationService organisations, ApplicationEventPublisher events,
                  Clock clock) {
        this.pledges = pledges;
        this.transitions = transitions;
        this.commitments = commitments;
        this.access = access;
        this.organisations = organisations;
        this.events = events;
        this.clock = clock;
    }

    /** The organisation's pledge in progress or in force, if any. */
    @Transactional(readOnly = true)
    public Optional<Pledge> current(long organisationId) {
        access.checkCanUse(organisationId);
        return pledges.findFirstByOrganisationIdAndStatusInOrderByCreatedAtDesc(organisationId, CURRENT)
                .flatMap(p -> pledges.findWithCommitmentsById(p.getId()));
    }

    @Transactional(readOnly = true)
    public Pledge find(long pledgeId) {
        Pledge pledge = pledges.findWithCommitmentsById(pledgeId)
                .orElseThrow(() -> new FieldValidationException("", "This pledge does not exist"));
        access.checkCanUse(pledge.getOrganisationId());
        return pledge;
    }

    /** What a pledge's certificate lists: anyone holding the certificate's code may read it, as on the certificate. */
    @Transactional(readOnly = true)
    public List<String> commitmentsOnCertificate(long pledgeId) {
        return pledges.findWithCommitmentsById(pledgeId).orElseThrow().getCommitments().stream()
                .map(PledgeCommitment::describe).toList();
    }

    @Transactional(readOnly = true)
    public List<Pledge> pledgesOf(long organisationId) {
        access.checkCanUse(organisationId);
        return pledges.findByOrganisationIdOrderByCreatedAtDesc(organisationId);
    }

    @Transactional(readOnly = true)
    public List<PledgeTransition> history(long pledgeId) {
        find(pledgeId);
        return transitions.findByPledgeIdOrderByHappenedAtAscIdAsc(pledgeId);
    }

    /**
     * Saves the builder as it stands, complete or not: a draft can be saved at any point. Creates the
     * pledge on first save ({@code pledgeId} null).
     */
    @Transactional
    public Pledge saveDraft(long organisationId, Long pledgeId, Long expectedVersion, LocalDate startDate,
                            List<CommitmentChoice> choices) {
        access.checkCanUse(organisationId);
        checkChoices(choices);
        Pledge pledge;
        if (pledgeId == null) {
            if (current(organisationId).filter(p -> !p.getStatus().isEditable()).isPresent()) {
                throw new FieldValidationException("", "Your organisation already has a pledge waiting for approval or in force");
            }
            pledge = pledges.save(new Pledge(organisationId, clock.instant()));
            record(pledge, null, PledgeStatus.DRAFT, null);
        } else {
            pledge = editable(pledgeId, expectedVersion);
        }
        pledge.setStartDate(startDate);
        pledge.setCommitments(choices, id -> commitments.findById(id).orElseThrow());
        return pledges.saveAndFlush(pledge);
    }

    @Transactional
    public Pledge submit(long pledgeId, long expectedVersion) {
        Pledge pledge = editable(pledgeId, expectedVersion);
        if (pledge.getCommitments().isEmpty()) {
            throw new FieldValidationException("commitments", "Choose at least one commitment");
        }
        if (pledge.getStartDate() == null) {
            throw new FieldValidationException("startDate", "Enter the date your pledge starts");
        }
        PledgeStatus from = pledge.getStatus();
        pledge.submitted(clock.instant());
        record(pledge, from, PledgeStatus.SUBMITTED, null);
        events.publishEvent(new PledgeSubmitted(pledge.getId(), pledge.getOrganisationId()));
        return pledges.saveAndFlush(pledge);
    }

    @Transactional
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN})
    public Pledge approve(long pledgeId, long expectedVersion) {
        Pledge pledge = inStatus(pledgeId, expectedVersion, PledgeStatus.SUBMITTED);
        pledge.approved(today());
        record(pledge, PledgeStatus.SUBMITTED, PledgeStatus.APPROVED, null);
        organisations.recordStatus(pledge.getOrganisationId(), OrganisationStatus.PLEDGED);
        Pledge saved = pledges.saveAndFlush(pledge);
        events.publishEvent(new PledgeApproved(saved.getId(), saved.getOrganisationId(), termsOf(saved)));
        return saved;
    }

    @Transactional
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN})
    public Pledge returnForChanges(long pledgeId, long expectedVersion, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new FieldValidationException("reason", "Say what the employer needs to change");
        }
        if (reason.length() > Pledge.REASON_MAX_LENGTH) {
            throw new FieldValidationException("reason", "The reason must be " + Pledge.REASON_MAX_LENGTH + " characters or fewer");
        }
        Pledge pledge = inStatus(pledgeId, expectedVersion, PledgeStatus.SUBMITTED);
        pledge.returned(reason.trim());
        record(pledge, PledgeStatus.SUBMITTED, PledgeStatus.RETURNED, reason.trim());
        events.publishEvent(new PledgeReturned(pledge.getId(), pledge.getOrganisationId(), reason.trim()));
        return pledges.saveAndFlush(pledge);
    }

    /** The employer or the engagement team ends a pledge at any time; its certificate is revoked. */
    @Transactional
    public Pledge withdraw(long pledgeId, long expectedVersion, String reason) {
        Pledge pledge = loadForChange(pledgeId, expectedVersion);
        if (pledge.getStatus().isFinished()) {
            throw new FieldValidationException("", "This pledge has already ended");
        }
        PledgeStatus from = pledge.getStatus();
        pledge.withdrawn();
        record(pledge, from, PledgeStatus.WITHDRAWN, reason == null || reason.isBlank() ? null : reason.trim());
        if (from.isActive()) {
            lapseUnlessAnotherInForce(pledge);
        }
        events.publishEvent(new PledgeEnded(pledge.getId(), pledge.getOrganisationId(), PledgeStatus.WITHDRAWN));
        return pledges.saveAndFlush(pledge);
    }

    /** Renews an approved pledge for another 12 months, from 30 days before it falls due. */
    @Transactional
    public Pledge renew(long pledgeId, long expectedVersion) {
        Pledge pledge = loadForChange(pledgeId, expectedVersion);
        if (!pledge.getStatus().isActive()) {
            throw new FieldValidationException("", "Only an approved pledge can be renewed");
        }
        if (!isRenewable(pledge)) {
            throw new FieldValidationException("", "You can renew from " + pledge.getRenewalDueOn().minusDays(FIRST_REMINDER_DAYS));
        }
        PledgeStatus from = pledge.getStatus();
        pledge.renewed(today());
        record(pledge, from, PledgeStatus.RENEWED, null);
        events.publishEvent(new PledgeRenewed(pledge.getId(), pledge.getOrganisationId(), termsOf(pledge)));
        return pledges.saveAndFlush(pledge);
    }

    private PledgeTerms termsOf(Pledge pledge) {
        return new PledgeTerms(organisations.find(pledge.getOrganisationId()).orElseThrow().getName(),
                pledge.getCommitments().stream().map(PledgeCommitment::describe).toList(), pledge.getRenewalDueOn());
    }

    public boolean isRenewable(Pledge pledge) {
        return pledge.getStatus().isActive() && pledge.getRenewalDueOn() != null
                && !today().isBefore(pledge.getRenewalDueOn().minusDays(FIRST_REMINDER_DAYS));
    }

    /**
     * The daily renewal run: a reminder 30 days and 7 days before a pledge falls due, each sent once, and
     * a pledge not renewed by its due date lapses.
     */
    @Transactional
    @Secured(AppRoles.ROLE_ADMIN)
    public void processRenewals() {
        LocalDate today = today();
        for (Pledge pledge : pledges.activeDueBy(today.plusDays(FIRST_REMINDER_DAYS))) {
            long daysLeft = ChronoUnit.DAYS.between(today, pledge.getRenewalDueOn());
            if (daysLeft < 0) {
                PledgeStatus from = pledge.getStatus();
                pledge.lapsed();
                record(pledge, from, PledgeStatus.LAPSED, "Not renewed by " + pledge.getRenewalDueOn());
                lapseUnlessAnotherInForce(pledge);
                events.publishEvent(new PledgeEnded(pledge.getId(), pledge.getOrganisationId(), PledgeStatus.LAPSED));
            } else if (daysLeft <= LAST_REMINDER_DAYS && !pledge.isReminder7Sent()) {
                remind(pledge, LAST_REMINDER_DAYS);
                pledge.markReminderSent(FIRST_REMINDER_DAYS); // never send the 30-day one after the 7-day one
            } else if (daysLeft <= FIRST_REMINDER_DAYS && !pledge.isReminder30Sent() && !pledge.isReminder7Sent()) {
                remind(pledge, FIRST_REMINDER_DAYS);
            }
        }
    }

    /** An ended pledge lapses its organisation, unless another of its pledges is still in force (two, after a merge). */
    private void lapseUnlessAnotherInForce(Pledge ended) {
        if (!pledges.existsByOrganisationIdAndIdNotAndStatusIn(ended.getOrganisationId(), ended.getId(), IN_FORCE)) {
            organisations.recordStatus(ended.getOrganisationId(), OrganisationStatus.LAPSED);
        }
    }

    private void remind(Pledge pledge, int daysBefore) {
        pledge.markReminderSent(daysBefore);
        events.publishEvent(new PledgeRenewalDue(pledge.getId(), pledge.getOrganisationId(), pledge.getRenewalDueOn(), daysBefore));
    }

    @Transactional(readOnly = true)
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN})
    public List<Pledge> awaitingApproval(Pageable pageable) {
        return pledges.pageWithStatus(PledgeStatus.SUBMITTED, pageable.getOffset(), pageable.getPageSize());
    }

    @Transactional(readOnly = true)
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN})
    public long countAwaitingApproval() {
        return pledges.countByStatus(PledgeStatus.SUBMITTED);
    }

    private Pledge editable(long pledgeId, Long expectedVersion) {
        Pledge pledge = loadForChange(pledgeId, expectedVersion);
        if (!pledge.getStatus().isEditable()) {
            throw new FieldValidationException("", "This pledge can no longer be changed: it is " + pledge.getStatus().label().toLowerCase());
        }
        return pledge;
    }

    private Pledge inStatus(long pledgeId, long expectedVersion, PledgeStatus expected) {
        Pledge pledge = loadForChange(pledgeId, expectedVersion);
        if (pledge.getStatus() != expected) {
            throw new FieldValidationException("", "This pledge is " + pledge.getStatus().label().toLowerCase() + ", not "
                    + expected.label().toLowerCase());
        }
        return pledge;
    }

    /** Loads the pledge for a change: the caller must be allowed, and must have seen the latest version. */
    private Pledge loadForChange(long pledgeId, Long expectedVersion) {
        Pledge pledge = pledges.findWithCommitmentsById(pledgeId)
                .orElseThrow(() -> new FieldValidationException("", "This pledge does not exist"));
        access.checkCanUse(pledge.getOrganisationId());
        if (expectedVersion != null && pledge.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Pledge.class, pledgeId);
        }
        return pledge;
    }

    private void checkChoices(List<CommitmentChoice> choices) {
        for (CommitmentChoice choice : choices) {
            if (choice.yearlyQuantity() != null && (choice.yearlyQuantity() < 1 || choice.yearlyQuantity() > MAX_YEARLY_QUANTITY)) {
                throw new FieldValidationException("quantity-" + choice.commitmentId(),
                        "Enter a number from 1 to " + MAX_YEARLY_QUANTITY + ", or leave it empty");
            }
            if (choice.note() != null && choice.note().length() > PledgeCommitment.NOTE_MAX_LENGTH) {
                throw new FieldValidationException("note-" + choice.commitmentId(),
                        "The note must be " + PledgeCommitment.NOTE_MAX_LENGTH + " characters or fewer");
            }
        }
    }

    private void record(Pledge pledge, PledgeStatus from, PledgeStatus to, String note) {
        transitions.save(new PledgeTransition(pledge.getId(), from, to, clock.instant(), actor(), note));
    }

    private static String actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "anonymous" : authentication.getName();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
