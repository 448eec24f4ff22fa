package org.opendoors.security;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as Spring Security holds it in the session. Holds no password once signed in, and when the
 * session signed in, so that a later change to the account can end it ({@link SessionRevocationFilter}).
 */
public record AccountPrincipal(
        long id,
        String email,
        String displayName,
        Set<Role> roles,
        Long organisationId,
        boolean mustChangePassword,
        boolean enabled,
        String passwordHash,
        Instant signedInAt) implements UserDetails {

    static AccountPrincipal of(UserAccount account) {
        return new AccountPrincipal(account.getId(), account.getEmail(), account.getDisplayName(),
                account.getRoles(), account.getOrganisationId(), account.isMustChangePassword(),
                account.isEnabled(), account.getPasswordHash(), null);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** The copy kept in the session: no password hash. */
    AccountPrincipal withoutPasswordHash() {
        return new AccountPrincipal(id, email, displayName, EnumSet.copyOf(roles), organisationId, mustChangePassword,
                enabled, null, signedInAt);
    }

    /** The copy kept in the session from a sign-in at this moment. */
    AccountPrincipal signedInAt(Instant now) {
        return new AccountPrincipal(id, email, displayName, EnumSet.copyOf(roles), organisationId, mustChangePassword,
                enabled, null, now);
    }

    /** After changing their own password this session carries on, as if signed in again now; others end. */
    AccountPrincipal withPasswordChanged(Instant now) {
        return new AccountPrincipal(id, email, displayName, EnumSet.copyOf(roles), organisationId, false, enabled,
                null, now);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
