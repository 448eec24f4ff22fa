package org.opendoors.brokerage;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** An offer type's name as the asks and placements lists show it: this module's copy, kept by triggers (V46). */
@Entity
@Immutable
@Table(name = "listed_offer_type")
class ListedOfferType {

    @Id
    private long id;

    private String name;

    protected ListedOfferType() {
    }
}
