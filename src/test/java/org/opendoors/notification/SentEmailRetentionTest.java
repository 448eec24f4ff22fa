package org.opendoors.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.opendoors.SpringTest;
import org.opendoors.base.TimeConfiguration;
import org.opendoors.privacy.RetentionJob;
import org.opendoors.security.Role;
import org.opendoors.security.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

/** Sent e-mail is kept 30 days from the day it was sent (the retention schedule), then deleted. */
class SentEmailRetentionTest extends SpringTest {

    @Autowired
    RetentionJob job;

    @Autowired
    TestUsers users;

    @Autowired
    OutboundEmailRepository emails;

    @Test
    void sent_e_mail_is_kept_29_days_and_deleted_on_the_30th() {
        clock.travel(Duration.ofDays(-1000));
        OutboundEmail sent;
        try {
            String recipient = users.create(Role.ADVISER); // a welcome e-mail
            sent = await().atMost(Duration.ofMinutes(5)).until(() -> emails.findAll().stream()
                    .filter(e -> e.getRecipient().equals(recipient) && e.getStatus() == OutboundEmailStatus.SENT)
                    .findFirst().orElse(null), java.util.Objects::nonNull);
        } finally {
            clock.reset();
        }
        LocalDate sentOn = sent.getSentAt().atZone(TimeConfiguration.LONDON).toLocalDate();

        job.run(sentOn.plusDays(29));
        assertThat(emails.findById(sent.getId())).isPresent();

        job.run(sentOn.plusDays(30));
        assertThat(emails.findById(sent.getId())).isEmpty();
    }
}
