package org.opendoors.organisation;

/**
 * Someone registered an organisation and must confirm their e-mail address. Carries the one-time token
 * for the link in the e-mail; it is never stored.
 */
public record EmployerRegistrationStarted(String email, String personName, String organisationName, String reference,
                                          String token) {
}
