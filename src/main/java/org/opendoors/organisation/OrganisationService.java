package org.opendoors.organisation;

import org.springframework.security.access.annotation.Secured;
import java.util.Optional;
import org.opendoors.base.FieldValidationException;
import org.opendoors.security.AppRoles;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class OrganisationService {

    private final OrganisationRepository organisations;

    OrganisationService(OrganisationRepository organisations) {
        this.organisations = organisations;
    }

    @Transactional
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN})
    public Organisation create(String name, String sector, String area, OrganisationStatus status) {
        if (name == null || name.isBlank()) {
            throw new FieldValidationException("name", "Enter the organisation's name");
        }
        return organisations.save(new Organisation(name.trim(), sector, area, status));
    }

    /** Organisations whose name starts with the text typed, for pickers. */
    @Transactional(readOnly = true)
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN})
    public Page<Organisation> findByNamePrefix(String prefix, Pageable pageable) {
        return organisations.findByNameStartingWith(prefix == null ? "" : prefix.trim(), pageable);
    }

    @Transactional(readOnly = true)
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN})
    public Optional<Organisation> findByName(String name) {
        return organisations.findByName(name);
    }

    @Transactional(readOnly = true)
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN})
    public Optional<Organisation> find(long id) {
        return organisations.findById(id);
    }
}
