package org.opendoors.brokerage;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * An organisation's name as the brokerage lists show it: this module's copy, kept by triggers (V46), so a list's query
 * joins it by id instead of asking the organisation module for a page's names in a statement of their own.
 */
@Entity
@Immutable
@Table(name = "listed_organisation")
class ListedOrganisation {

    @Id
    private long id;

    private String name;

    protected ListedOrganisation() {
    }
}
