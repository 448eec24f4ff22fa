package org.opendoors.organisation;

import org.opendoors.base.FieldValidationException;
import org.opendoors.security.AppRoles;
import org.opendoors.security.UserAccountService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges a duplicate organisation into the one to keep: contacts, activities, consent history, registrations and
 * employer users move over here, and records that pointed at the duplicate point at the one kept; other modules move
 * their own records (pledges, offers, requests, contracts, sign-ups...) on {@link OrganisationsMerged}, in this
 * transaction. The duplicate is kept, marked as merged, so the audit trail still shows both.
 */
@Service
public class OrganisationMergeService {

    private final OrganisationRepository organisations;
    private final ContactRepository contacts;
    private final ActivityRepository activities;
    private final ConsentChangeRepository consentChanges;
    private final EmployerRegistrationRepository registrations;
    private final UserAccountService accounts;
    private final ApplicationEventPublisher events;

    OrganisationMergeService(OrganisationRepository organisations, ContactRepository contacts,
                             ActivityRepository activities, ConsentChangeRepository consentChanges,
                             EmployerRegistrationRepository registrations, UserAccountService accounts,
                             ApplicationEventPublisher events) {
        this.organisations = organisations;
        this.contacts = contacts;
        this.activities = activities;
        this.consentChanges = consentChanges;
        this.registrations = registrations;
        this.accounts = accounts;
        this.events = events;
    }

    @Transactional
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN})
    public void merge(long duplicateId, long keepId) {
        if (duplicateId == keepId) {
            throw new FieldValidationException("", "Choose two different organisations");
        }
        Organisation duplicate = organisations.findById(duplicateId).orElseThrow();
        Organisation keep = organisations.findById(keepId).orElseThrow();
        if (duplicate.getMergedInto() != null || keep.getMergedInto() != null) {
            throw new FieldValidationException("", "One of these organisations has already been merged");
        }
        contacts.findByOrganisationIdOrderByName(duplicateId).forEach(c -> c.moveTo(keepId));
        activities.findByOrganisationIdOrderByOccurredOnDesc(duplicateId).forEach(a -> a.moveTo(keepId));
        consentChanges.moveAll(duplicateId, keepId);
        registrations.findByOrganisationId(duplicateId).forEach(r -> r.moveTo(keepId));
        accounts.moveEmployers(duplicateId, keepId);
        organisations.findByMergedInto(duplicateId).forEach(earlier -> earlier.markMergedInto(keepId));
        organisations.findByPossibleDuplicateOf(duplicateId).forEach(o -> o.flagPossibleDuplicateOf(o.getId() == keepId ? null : keepId));
        if (duplicate.isPledgeInForce()) {
            keep.setPledgeInForce(true); // its pledge moves over with the pledges (the pledge module moves them)
        }
        if (keep.getVettedAt() == null && duplicate.getVettedAt() != null) {
            keep.markVetted(duplicate.getVettedAt(), duplicate.getVettedBy()); // the team checked it under its other record
        }
        duplicate.markMergedInto(keepId);
        events.publishEvent(new OrganisationsMerged(duplicateId, keepId));
    }
}
