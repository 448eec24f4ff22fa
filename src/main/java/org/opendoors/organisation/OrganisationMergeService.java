package org.opendoors.organisation;

import org.opendoors.base.FieldValidationException;
import org.opendoors.security.AppRoles;
import org.opendoors.security.UserAccountService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges a duplicate organisation into the one to keep: contacts, activities and employer users move over
 * here; other modules move their own records (pledges, certificates) on {@link OrganisationsMerged}. The
 * duplicate is kept, marked as merged, so the audit trail still shows both.
 */
@Service
public class OrganisationMergeService {

    private final OrganisationRepository organisations;
    private final ContactRepository contacts;
    private final ActivityRepository activities;
    private final UserAccountService accounts;
    private final ApplicationEventPublisher events;

    OrganisationMergeService(OrganisationRepository organisations, ContactRepository contacts,
                             ActivityRepository activities, UserAccountService accounts, ApplicationEventPublisher events) {
        this.organisations = organisations;
        this.contacts = contacts;
        this.activities = activities;
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
        accounts.moveEmployers(duplicateId, keepId);
        duplicate.markMergedInto(keepId);
        if (keep.getPossibleDuplicateOf() != null && keep.getPossibleDuplicateOf() == duplicateId) {
            keep.flagPossibleDuplicateOf(null);
        }
        events.publishEvent(new OrganisationsMerged(duplicateId, keepId));
    }
}
