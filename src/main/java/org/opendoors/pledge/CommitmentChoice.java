package org.opendoors.pledge;

/** A commitment ticked in the pledge builder, with an optional yearly quantity and note. */
public record CommitmentChoice(long commitmentId, Integer yearlyQuantity, String note) {
}
