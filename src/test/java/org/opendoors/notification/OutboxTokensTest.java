package org.opendoors.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.opendoors.SpringTest;
import org.opendoors.TestEmployers;
import org.opendoors.TestMail;
import org.opendoors.TestMailServer;
import org.opendoors.organisation.RegistrantDetails;
import org.opendoors.organisation.RegistrationService;
import org.springframework.beans.factory.annotation.Autowired;

/** One-time links do not stay usable in the outbox (sent e-mail's retention: {@code SentEmailRetentionTest}). */
class OutboxTokensTest extends SpringTest {

    @Autowired
    RegistrationService registrations;

    @Autowired
    TestEmployers employers;

    @Autowired
    OutboundEmailRepository emails;

    @Test
    void once_sent_the_stored_e_mail_keeps_the_link_without_its_token() {
        String email = register();
        String token = employers.tokenFor(email);
        var received = TestMail.await(email, "Confirm");
        assertThat(TestMail.text(received)).contains("verify-email/" + token);
        await().atMost(Duration.ofSeconds(10)).until(() -> stored(email).getStatus() == OutboundEmailStatus.SENT);
        assertThat(stored(email).getBody()).doesNotContain(token).contains("verify-email/" + TokenLinks.REMOVED);
    }

    @Test
    void the_outbox_view_never_shows_a_token_even_before_sending() {
        TestMailServer.stop();
        try {
            String email = register();
            String token = employers.tokenFor(email);
            listeners.awaitAll();
            OutboundEmail waiting = stored(email);
            assertThat(waiting.getStatus()).isEqualTo(OutboundEmailStatus.PENDING);
            assertThat(waiting.getBody()).contains(token); // still needed to send it
            assertThat(waiting.maskedBody()).doesNotContain(token).contains("verify-email/" + TokenLinks.REMOVED);
        } finally {
            TestMailServer.restart();
        }
    }

    private String register() {
        String email = "tokens" + System.nanoTime() + "@tokens.example";
        registrations.register(TestEmployers.profile("Token Test Ltd " + System.nanoTime(), null, false),
                new RegistrantDetails("Tia Token", "Owner", email, "01632 960002"), TestEmployers.PASSWORD);
        return email;
    }

    private OutboundEmail stored(String recipient) {
        return emails.findAll().stream().filter(e -> e.getRecipient().equals(recipient)).findFirst().orElseThrow();
    }
}
