package org.opendoors.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/** The throttle cannot be raced: parallel guesses each take their allowance before the (slow) password check. */
class ParallelGuessesTest {

    @Test
    void twenty_parallel_wrong_guesses_let_no_more_than_the_allowance_reach_the_password_check() throws Exception {
        AtomicInteger checked = new AtomicInteger();
        AuthenticationProvider slowWrongPassword = new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) {
                checked.incrementAndGet();
                try {
                    Thread.sleep(200); // BCrypt takes about this long
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw new BadCredentialsException("wrong");
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return true;
            }
        };
        var signIn = new ThrottledAuthenticationProvider(slowWrongPassword, new LoginThrottle(5, 20, Duration.ofMinutes(15)),
                java.time.Clock.systemUTC());

        CountDownLatch start = new CountDownLatch(1);
        List<Future<Class<?>>> outcomes = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(20)) {
            for (int i = 0; i < 20; i++) {
                outcomes.add(threads.submit(() -> {
                    start.await();
                    try {
                        signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("victim@test.example", "guess"));
                        return null;
                    } catch (RuntimeException e) {
                        return e.getClass();
                    }
                }));
            }
            start.countDown();
        }
        List<Class<?>> results = new ArrayList<>();
        for (Future<Class<?>> outcome : outcomes) {
            results.add(outcome.get());
        }
        assertThat(checked.get()).isEqualTo(5);
        assertThat(results).filteredOn(BadCredentialsException.class::equals).hasSize(5);
        assertThat(results).filteredOn(LoginThrottledException.class::equals).hasSize(15);
    }
}
