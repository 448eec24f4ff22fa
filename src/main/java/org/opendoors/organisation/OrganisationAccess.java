package org.opendoors.organisation;

import org.opendoors.security.AccountPrincipal;
import org.opendoors.security.CurrentUser;
import org.opendoors.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The one rule for organisation data: the council's staff (ENGAGEMENT, PROCUREMENT, ADMIN, and the system)
 * see every organisation; an EMPLOYER user sees only their own. Services call this before returning or changing data.
 */
@Component
public class OrganisationAccess {

    private final CurrentUser currentUser;

    OrganisationAccess(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    public void checkCanUse(long organisationId) {
        if (isCouncilStaff()) {
            return;
        }
        AccountPrincipal user = currentUser.get().orElseThrow(() -> new AccessDeniedException("Sign in first"));
        if (!user.hasRole(Role.EMPLOYER) || user.organisationId() == null || user.organisationId() != organisationId) {
            throw new AccessDeniedException("This organisation's data belongs to another organisation");
        }
    }

    /** The signed-in employer's organisation. */
    public long ownOrganisationId() {
        return currentUser.get().map(AccountPrincipal::organisationId)
                .orElseThrow(() -> new AccessDeniedException("Only employer users have an organisation"));
    }

    /** Leaving-care personal advisers browse every open offer, but no organisation's other data. */
    public boolean isAdviser() {
        return currentUser.get().map(u -> u.hasRole(Role.ADVISER)).orElse(false);
    }

    public boolean isCouncilStaff() {
        return currentUser.isCouncilStaff();
    }
}
