package org.opendoors.notification;

import java.util.List;
import java.util.Map;
import org.opendoors.base.personal.PersonalDataHolder;
import org.opendoors.base.personal.PersonalTable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** E-mails to a person: exported as they are kept, and deleted (with their attachments) on erasure. */
@Configuration
class OutboxPersonalData {

    @Bean
    PersonalDataHolder outboxHolder(JdbcTemplate jdbc) {
        return new PersonalTable(jdbc, new PersonalTable.Spec("Outbox", "outbound_email", "recipient", null,
                List.of("id", "recipient", "subject", "body", "status", "created_at", "sent_at"), Map.of(), false));
    }
}
