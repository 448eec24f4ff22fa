package org.opendoors.strategy;

/** A success measure was added or changed: its stored reading is read again once the change has committed. */
public record SuccessMeasureChanged(long measureId) {
}
