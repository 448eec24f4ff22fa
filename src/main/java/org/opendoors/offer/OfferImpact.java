package org.opendoors.offer;

import java.math.BigDecimal;

/** An organisation's offers and deliveries, as counts only. */
public record OfferImpact(long offers, long deliveries, long youngPeopleReached, BigDecimal hours) {
}
