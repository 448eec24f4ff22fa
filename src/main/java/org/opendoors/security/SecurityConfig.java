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
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * Sign-in with a form, BCrypt passwords, throttled failures, method security on services.
 * Spring Security's default session fixation protection gives a new session id at sign-in.
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
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/"));
        // not a bean, so that Spring Boot does not register it a second time as a plain servlet filter
        http.addFilterAfter(new SessionRevocationFilter(sessions), SecurityContextHolderFilter.class);
        return http.build();
    }

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
