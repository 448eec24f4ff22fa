package org.opendoors.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Password sign-in behind {@link LoginThrottle}: every attempt takes its allowance first; refused when it is spent. */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwordCheck;
    private final LoginThrottle throttle;
    private final Clock clock;

    ThrottledAuthenticationProvider(AuthenticationProvider passwordCheck, LoginThrottle throttle, Clock clock) {
        this.passwordCheck = passwordCheck;
        this.throttle = throttle;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String account = authentication.getName() == null ? "" : authentication.getName().trim().toLowerCase(Locale.ROOT);
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : "unknown";
        Duration wait = throttle.tryAttempt(account, address);
        if (!wait.isZero()) {
            throw new LoginThrottledException(wait);
        }
        Authentication result = passwordCheck.authenticate(authentication); // a wrong password keeps the token taken
        throttle.recordSuccess(account, address);
        return signedIn(result);
    }

    private Authentication signedIn(Authentication result) {
        AccountPrincipal principal = ((AccountPrincipal) result.getPrincipal()).signedInAt(clock.instant());
        var token = UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        token.setDetails(result.getDetails());
        return token;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
