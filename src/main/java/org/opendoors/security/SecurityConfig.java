package org.opendoors.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.time.Clock;
import org.opendoors.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Sign-in with a form, BCrypt passwords, throttled failures, method security on services.
 * Spring Security's default session fixation protection gives a new session id at sign-in. Every response
 * carries a Content-Security-Policy, nosniff, no referrer (token links never leave in a Referer header), a
 * Permissions-Policy and, over HTTPS, HSTS.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(securedEnabled = true)
class SecurityConfig {

    /** NCSC and OWASP: a work factor of at least 10; 12 costs about 0.25 s per sign-in here. */
    static final int BCRYPT_STRENGTH = 12;

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SessionPolicy sessions) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/actuator/**").hasRole(AppRoles.ADMIN)
                .requestMatchers("/brand/**", "/styles/**", "/open-data/**").permitAll()
                // the service behind it checks the certificate belongs to the user's organisation
                .requestMatchers("/certificates/**").authenticated());
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                .frameOptions(frames -> frames.deny())
                // no page, export or Vaadin response is kept by a browser or proxy; the stylesheets, logo and
                // Vaadin's script bundle carry their own caching (written eagerly, Spring's "Pragma: no-cache" would
                // stay beside it, and Chromium then asks the server again for every script on every page load)
                .cacheControl(cache -> cache.disable())
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(STATIC_RESOURCES),
                        new CacheControlHeadersWriter()))
                // sent only on HTTPS requests: behind a TLS proxy, OPEN_DOORS_FORWARD_HEADERS=native makes them so
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(HSTS_MAX_AGE_SECONDS))
                // Vaadin commits its pages past Spring Security's response wrapper: write the headers up front
                .addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/"));
        // not a bean, so that Spring Boot does not register it a second time as a plain servlet filter
        http.addFilterAfter(new SessionRevocationFilter(sessions), SecurityContextHolderFilter.class);
        return http.build();
    }

    /**
     * As tight as Vaadin Flow allows: its bootstrap page has inline scripts and it runs server-sent JavaScript
     * with {@code new Function}, so scripts need 'unsafe-inline' and 'unsafe-eval'; everything else is this origin.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    /** Served with their own Cache-Control: Vaadin's hashed scripts, the stylesheets and the brand's files. */
    private static final RequestMatcher STATIC_RESOURCES = new OrRequestMatcher(
            PathPatternRequestMatcher.withDefaults().matcher("/VAADIN/build/**"),
            PathPatternRequestMatcher.withDefaults().matcher("/lumo/**"),
            PathPatternRequestMatcher.withDefaults().matcher("/styles/**"),
            PathPatternRequestMatcher.withDefaults().matcher("/brand/**"));

    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "interest-cohort=()";
    static final long HSTS_MAX_AGE_SECONDS = 31_536_000;

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder(BCRYPT_STRENGTH);
    }

    @Bean
    AuthenticationProvider authenticationProvider(UserAccountService accounts, PasswordEncoder passwordEncoder,
                                                  LoginThrottle throttle, Clock clock) {
        DaoAuthenticationProvider passwordCheck = new DaoAuthenticationProvider(new AccountDetailsService(accounts));
        passwordCheck.setPasswordEncoder(passwordEncoder);
        return new ThrottledAuthenticationProvider(passwordCheck, throttle, clock);
    }
}
