package org.opendoors.security;

/** Someone asked for a "reset your password" link; the token is in the e-mail only, never stored in plain text. */
public record PasswordResetRequested(String email, String name, String token) {
}
