package org.opendoors.organisation;

import java.util.Collection;
import java.util.Map;
import org.opendoors.base.IdAndName;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Organisations' names by id, for other modules' lists: a page's names in one statement. */
@Service
public class OrganisationNames {

    private final OrganisationRepository organisations;

    OrganisationNames(OrganisationRepository organisations) {
        this.organisations = organisations;
    }

    @Transactional(readOnly = true)
    public Map<Long, String> of(Collection<Long> organisationIds) {
        return organisationIds.isEmpty() ? Map.of() : IdAndName.byId(organisations.namesOf(organisationIds));
    }
}
