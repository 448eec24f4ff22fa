package org.opendoors.organisation;

import java.util.List;
import java.util.Optional;
import org.opendoors.security.AppRoles;
import org.opendoors.security.CurrentUser;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** One organisation's page for the engagement team, read in one call. */
@Service
public class OrganisationPages {

    private final OrganisationService organisations;
    private final ConsentHistory consents;
    private final ActivityService activities;
    private final CurrentUser currentUser;

    OrganisationPages(OrganisationService organisations, ConsentHistory consents, ActivityService activities,
                      CurrentUser currentUser) {
        this.organisations = organisations;
        this.consents = consents;
        this.activities = activities;
        this.currentUser = currentUser;
    }

    /**
     * @param possibleDuplicate the record this one may repeat, if any
     * @param lookedAfterByMe   the signed-in person is the organisation's owner
     * @param consents          every consent answer, newest first
     * @param activities        newest first
     */
    public record OrganisationPage(Organisation organisation, Optional<Organisation> possibleDuplicate,
                                   boolean lookedAfterByMe, List<ConsentChange> consents, List<Contact> contacts,
                                   List<Activity> activities) {
    }

    /** The page, or empty when there is no such organisation. */
    @Transactional(readOnly = true)
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN})
    public Optional<OrganisationPage> page(long organisationId) {
        return organisations.find(organisationId).map(o -> new OrganisationPage(o,
                o.getPossibleDuplicateOf() == null ? Optional.empty() : organisations.find(o.getPossibleDuplicateOf()),
                o.getOwnerUserId() != null && o.getOwnerUserId() == currentUser.require().id(),
                consents.of(organisationId), organisations.contacts(organisationId), activities.of(organisationId)));
    }

    /** The signed-in person takes the organisation on. */
    @Transactional
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN})
    public void lookAfter(long organisationId) {
        organisations.assignOwner(organisationId, currentUser.require().id());
    }
}
