package org.opendoors.security;

/** A user's password was changed or reset: they are told by e-mail, in case it was not them. */
public record PasswordChanged(String email, String name) {
}
