package org.opendoors.brokerage;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** The title of an offer asked for, as the place request lists show it: this module's copy, kept by triggers (V46). */
@Entity
@Immutable
@Table(name = "listed_offer")
class ListedOffer {

    @Id
    private long id;

    private String title;

    protected ListedOffer() {
    }
}
