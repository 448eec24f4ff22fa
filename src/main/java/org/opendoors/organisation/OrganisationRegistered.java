package org.opendoors.organisation;

/** A registration was confirmed and the organisation now exists; {@code possibleDuplicateOf} may be null. */
public record OrganisationRegistered(long organisationId, Long possibleDuplicateOf) {
}
