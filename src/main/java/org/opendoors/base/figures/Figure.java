package org.opendoors.base.figures;

import java.math.BigDecimal;

/** A counted figure and the number of distinct areas its records are in (for "across at least N areas"). */
public record Figure(BigDecimal value, int areas) {

    public static final Figure NONE = new Figure(BigDecimal.ZERO, 0);

    public String plain() {
        return value.stripTrailingZeros().toPlainString();
    }
}
