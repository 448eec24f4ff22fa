package org.opendoors.organisation;

import com.vaadin.flow.component.Component;

/**
 * A section another module adds to the engagement team's organisation page (e.g. its pledges), so the
 * organisation module needs to know nothing about them. Implementations are Spring beans.
 */
public interface OrganisationPanel {

    /** Lower comes first. */
    int order();

    Component create(long organisationId);
}
