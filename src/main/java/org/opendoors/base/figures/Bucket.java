package org.opendoors.base.figures;

import java.math.BigDecimal;

/** One bar of a breakdown: a month ({@code 2026-03}), a sector or an area, and its figure. */
public record Bucket(String key, BigDecimal value) {
}
