package org.opendoors;

import org.opendoors.base.SystemTask;
import org.opendoors.organisation.OrganisationService;
import org.opendoors.organisation.OrganisationStatus;
import org.springframework.stereotype.Component;

/** Organisations for tests. */
@Component
public class TestOrganisations {

    private final OrganisationService organisations;

    TestOrganisations(OrganisationService organisations) {
        this.organisations = organisations;
    }

    public long create(String name) {
        return SystemTask.run(() -> organisations.create(name, "Construction", "Central", OrganisationStatus.ENGAGED, true).getId());
    }

    public long anyId() {
        return create("Test Organisation " + System.nanoTime());
    }
}
