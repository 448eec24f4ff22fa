package org.opendoors.organisation;

/**
 * A registration was confirmed and the organisation now exists; {@code possibleDuplicateOf} and its name are null
 * unless it looks like an organisation already known.
 */
public record OrganisationRegistered(long organisationId, String organisationName, Long possibleDuplicateOf,
                                     String possibleDuplicateName) {
}
