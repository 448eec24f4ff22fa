package org.opendoors.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.opendoors.SpringTest;
import org.opendoors.TestEmployers;
import org.opendoors.TestMailServer;
import org.opendoors.base.csv.CsvRecords;
import org.opendoors.organisation.RegistrantDetails;
import org.opendoors.organisation.RegistrationService;
import org.opendoors.security.Role;
import org.opendoors.security.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The outbox CSV holds the e-mails the outbox shows for the chosen status, and never a message body. */
class OutboxExportTest extends SpringTest {

    @Autowired
    OutboxService outbox;

    @Autowired
    RegistrationService registrations;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestUsers users;

    @Test
    void the_file_holds_the_e_mails_of_the_chosen_status_only() {
        String email = "outboxcsv" + System.nanoTime() + "@export.example";
        String admin = users.create(Role.ADMIN);
        TestMailServer.stop();
        try {
            registrations.register(TestEmployers.profile("Outbox Csv Ltd " + System.nanoTime(), null, false),
                    new RegistrantDetails("Olu Outbox", "Owner", email, "01632 960004"), TestEmployers.PASSWORD);
            listeners.awaitAll(); // the e-mail is queued after the registration commits

            var waiting = users.runAs(admin, () -> CsvRecords.read(out -> outbox.csv(OutboundEmailStatus.PENDING, out)));
            var sent = users.runAs(admin, () -> CsvRecords.read(out -> outbox.csv(OutboundEmailStatus.SENT, out)));

            assertThat(waiting).filteredOn(r -> r.get("To").equals(email)).singleElement()
                    .satisfies(r -> assertThat(r.get("Status")).isEqualTo("pending"));
            assertThat(sent).extracting(r -> r.get("To")).doesNotContain(email);
            assertThat(sent).extracting(r -> r.get("Status")).containsOnly("sent");
            assertThat(sent).hasSize(jdbc.queryForObject("select count(*) from outbound_email where status = 'SENT'", Integer.class));
            assertThat(waiting.getFirst().isMapped("Body")).isFalse();
        } finally {
            TestMailServer.restart();
        }
    }
}
