package org.opendoors.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opendoors.SpringTest;
import org.opendoors.TestMailServer;
import org.opendoors.security.Role;
import org.opendoors.security.TestUsers;
import org.opendoors.base.brand.Brand;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** No e-mail is lost while the mail server is down, and none arrives twice. */
class OutboxDeliveryTest extends SpringTest {

    @Autowired
    TestUsers users;

    @Autowired
    OutboundEmailRepository emails;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    MailOutbox outbox;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    Brand brand;

    @Test
    void twenty_e_mails_caused_while_the_mail_server_is_down_all_arrive_once_when_it_is_back() throws Exception {
        List<String> recipients = new ArrayList<>();
        TestMailServer.stop();
        try {
            for (int i = 0; i < 20; i++) {
                recipients.add(users.create(Role.ADVISER)); // each new account queues a welcome e-mail
            }
            // the dispatcher tries and fails while the server is down: one message a run, the rest wait for the next
            await().atMost(Duration.ofSeconds(30)).until(() -> recipients.stream().allMatch(this::attemptedAtLeastOnce));
            assertThat(recipients).allSatisfy(r -> assertThat(TestMailServer.messagesTo(r)).isEmpty());
        } finally {
            TestMailServer.restart();
        }
        clock.travel(Duration.ofSeconds(2)); // past the longest back-off (1 s in tests): every one is due again

        await().atMost(Duration.ofSeconds(30)).until(() -> recipients.stream().allMatch(r -> !TestMailServer.messagesTo(r).isEmpty()));
        Thread.sleep(1500); // several more dispatcher cycles: nothing may be sent again
        for (String recipient : recipients) {
            assertThat(TestMailServer.messagesTo(recipient)).hasSize(1);
            assertThat(TestMailServer.messagesTo(recipient).getFirst().getSubject()).isEqualTo("Your Open Doors account");
        }
        assertThat(emails.findAll()).filteredOn(e -> recipients.contains(e.getRecipient()))
                .hasSize(20).allSatisfy(e -> assertThat(e.getStatus()).isEqualTo(OutboundEmailStatus.SENT));
    }

    @Test
    void an_e_mail_carries_the_brand_footer() throws Exception {
        String recipient = users.create(Role.PROCUREMENT);
        await().atMost(Duration.ofSeconds(10)).until(() -> !TestMailServer.messagesTo(recipient).isEmpty());
        String body = (String) TestMailServer.messagesTo(recipient).getFirst().getContent();
        assertThat(body).contains("Open Doors – Anytown Council").contains("leaving-care service");
    }

    @Test
    void each_message_is_marked_sent_as_soon_as_it_is_sent_so_a_crash_could_resend_at_most_the_one_in_flight()
            throws Exception {
        List<String> recipients = new ArrayList<>();
        TestMailServer.stop(); // let 30 queue up, then watch them go out in one run
        try {
            for (int i = 0; i < 30; i++) {
                recipients.add(users.create(Role.ADVISER));
            }
        } finally {
            TestMailServer.restart();
        }
        clock.travel(Duration.ofSeconds(2)); // past the longest back-off of any attempt made while it was down
        int worst = 0;
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            List<String> delivered = recipients.stream().filter(r -> !TestMailServer.messagesTo(r).isEmpty()).toList();
            // read after the deliveries: what a crash now would leave unmarked, and so send again
            long deliveredButNotMarked = delivered.stream().filter(r -> !markedSent(r)).count();
            worst = Math.max(worst, (int) deliveredButNotMarked);
            if (delivered.size() == recipients.size() && deliveredButNotMarked == 0) {
                break;
            }
        }
        assertThat(recipients).allSatisfy(r -> assertThat(TestMailServer.messagesTo(r)).hasSize(1));
        assertThat(worst).as("messages delivered but not yet marked sent, at worst").isLessThanOrEqualTo(1);
    }

    @Test
    void a_message_carries_a_message_id_derived_from_its_outbox_id_the_same_on_every_attempt() throws Exception {
        String recipient = users.create(Role.PROCUREMENT);
        await().atMost(Duration.ofSeconds(10)).until(() -> !TestMailServer.messagesTo(recipient).isEmpty());
        long outboxId = emails.findAll().stream().filter(e -> e.getRecipient().equals(recipient)).findFirst().orElseThrow().getId();
        assertThat(TestMailServer.messagesTo(recipient).getFirst().getMessageID())
                .isEqualTo("<outbox-" + outboxId + "@opendoors.local>");
    }

    @Test
    void a_run_that_cannot_reach_the_mail_server_stops_after_one_attempt_and_the_rest_wait() throws Exception {
        TestMailServer.stop();
        try {
            new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
                for (int i = 0; i < 10; i++) {
                    outbox.queue("waiting" + i + "@example.org", "Waiting " + i, "Nothing yet.");
                }
            });
            CountingSender unreachable = new CountingSender(closedPort());
            OutboxDispatcher run = new OutboxDispatcher(emails,
                    new StaticListableBeanFactory(Map.of("mailSender", unreachable)).getBeanProvider(JavaMailSender.class),
                    transactionManager, clock, brand, "noreply@opendoors.local", Duration.ofSeconds(30), Duration.ofHours(1),
                    Duration.ofMinutes(2), 20);
            run.sendDue();
            assertThat(unreachable.attempts).as("connections tried in one run").isEqualTo(1);
        } finally {
            TestMailServer.restart();
        }
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** A mail sender that counts its attempts to send. */
    private static final class CountingSender extends JavaMailSenderImpl {

        int attempts;

        CountingSender(int port) {
            setHost("localhost");
            setPort(port);
        }

        @Override
        protected void doSend(MimeMessage[] messages, Object[] originals) {
            attempts++;
            super.doSend(messages, originals);
        }
    }

    private boolean markedSent(String recipient) {
        return jdbc.queryForObject("select count(*) from outbound_email where recipient = ? and status = 'SENT'",
                Integer.class, recipient) > 0;
    }

    private boolean attemptedAtLeastOnce(String recipient) {
        return emails.findAll().stream().anyMatch(e -> e.getRecipient().equals(recipient) && e.getAttempts() > 0);
    }
}
