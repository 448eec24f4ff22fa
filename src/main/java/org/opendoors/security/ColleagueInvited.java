package org.opendoors.security;

/** An employer user invited a colleague; carries the one-time "set your password" token for the e-mail. */
public record ColleagueInvited(String email, String name, String invitedBy, long organisationId, String organisationName,
                               String token) {
}
