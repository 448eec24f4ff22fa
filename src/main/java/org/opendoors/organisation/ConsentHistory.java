package org.opendoors.organisation;

import java.time.Instant;
import java.util.List;
import org.opendoors.base.SystemTask;
import org.opendoors.security.AppRoles;
import org.springframework.security.access.annotation.Secured;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The history of an organisation's contact and pledge-wall consent: each answer with who, when, how and the wording
 * shown at the time. Written by the organisation module's own changes, in their transactions; read by the
 * engagement team and ADMIN on the organisation page.
 */
@Service
public class ConsentHistory {

    private final ConsentChangeRepository changes;

    ConsentHistory(ConsentChangeRepository changes) {
        this.changes = changes;
    }

    /** Every answer the organisation gave, newest first. */
    @Transactional(readOnly = true)
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN})
    public List<ConsentChange> of(long organisationId) {
        return changes.findByOrganisationIdOrderByChangedAtDescIdDesc(organisationId);
    }

    /**
     * Keeps each consent whose answer differs from {@code before} (both, when {@code before} is null: a new
     * organisation). Called inside the transaction that changes the organisation.
     */
    void record(long organisationId, OrganisationProfile before, OrganisationProfile after, ConsentMethod method,
                String by, Instant at) {
        if (before == null || before.contactConsent() != after.contactConsent()) {
            changes.save(new ConsentChange(organisationId, ConsentType.CONTACT, after.contactConsent(), at, by, method));
        }
        if (before == null || before.wallConsent() != after.wallConsent()) {
            changes.save(new ConsentChange(organisationId, ConsentType.PLEDGE_WALL, after.wallConsent(), at, by, method));
        }
    }

    /** The signed-in user's e-mail address, or "system" for start-up and scheduled work. */
    static String actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? SystemTask.SYSTEM_USER : authentication.getName();
    }
}
