package org.opendoors.security;

/** A new user account exists; published inside the transaction that created it. */
public record UserAccountCreated(long userAccountId, String email, String displayName) {
}
