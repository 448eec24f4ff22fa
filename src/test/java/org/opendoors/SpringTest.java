package org.opendoors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on a random port, with the embedded MariaDB and GreenMail. Every Spring test
 * extends this, so they share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
public abstract class SpringTest {

    @Autowired
    protected TestClock clock;

    @Autowired
    protected TestListeners listeners;

    /** Listeners still running would see the next test's clock: a test starts and ends when they have finished. */
    @BeforeEach
    @AfterEach
    void backToThePresent() {
        listeners.awaitAll();
        clock.reset();
    }

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("opendoors.smtp.port", TestMailServer::port);
    }
}
