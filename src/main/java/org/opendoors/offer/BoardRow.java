package org.opendoors.offer;

import java.time.LocalDate;

/** One line of the opportunities board. */
public record BoardRow(long offerId, String type, String title, String organisation, OfferMode mode, OfferTiming timing,
                       LocalDate startsOn, String sector, String area, int places, boolean ringfenced) {
}
