package org.opendoors.strategy;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A live measure's value on a date, for its chart. */
public record MeasurePoint(LocalDate date, BigDecimal value) {
}
