package org.opendoors.offer;

import java.time.LocalDate;

/** The board's filters; null means "any". {@code from}: offers on or after this date, plus regular and on-request ones. */
public record BoardFilter(Long typeId, String sector, String area, OfferMode mode, LocalDate from) {
}
