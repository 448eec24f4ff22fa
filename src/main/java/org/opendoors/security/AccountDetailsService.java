package org.opendoors.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** Looks accounts up by e-mail for the password check. Not a bean: only the sign-in provider uses it. */
class AccountDetailsService implements UserDetailsService {

    private final UserAccountService accounts;

    AccountDetailsService(UserAccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        return accounts.findForSignIn(email)
                .map(AccountPrincipal::of)
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }
}
