package org.opendoors.pledge;

/** "42 organisations have pledged 310 opportunities". */
public record WallTotals(long organisations, long opportunities) {
}
