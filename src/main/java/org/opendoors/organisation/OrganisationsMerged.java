package org.opendoors.organisation;

/** Two records of one organisation became one: everything of {@code fromId} now belongs to {@code intoId}. */
public record OrganisationsMerged(long fromId, long intoId) {
}
