package org.opendoors.security;

import java.util.Set;

/** What an administrator fills in to create an account. */
public record NewUser(String displayName, String email, Set<Role> roles, Long organisationId, String temporaryPassword) {
}
