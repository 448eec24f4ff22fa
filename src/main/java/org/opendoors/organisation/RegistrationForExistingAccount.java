package org.opendoors.organisation;

/**
 * Someone registered with an e-mail address that already has an account: nothing is created, the form answers as
 * for any registration, and the address's owner is e-mailed.
 */
public record RegistrationForExistingAccount(String email, String personName) {
}
