package org.opendoors.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is signed in, for services and views. */
@Component
public class CurrentUser {

    public Optional<AccountPrincipal> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            return Optional.of(principal);
        }
        return Optional.empty();
    }

    public AccountPrincipal require() {
        return get().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("Not signed in"));
    }

    /** ENGAGEMENT, PROCUREMENT or ADMIN staff, or the system itself (start-up and scheduled work). */
    public boolean isCouncilStaff() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .map(Object::toString)
                .anyMatch(a -> a.equals(Role.ENGAGEMENT.authority()) || a.equals(Role.PROCUREMENT.authority())
                        || a.equals(Role.ADMIN.authority()));
    }
}
