package org.opendoors.event;

import static org.opendoors.base.personal.PersonalTable.ERASED_EMAIL;
import static org.opendoors.base.personal.PersonalTable.ERASED_NAME;
import static org.opendoors.base.personal.PersonalTable.NONE;

import java.util.List;
import java.util.Map;
import org.opendoors.base.personal.PersonalDataHolder;
import org.opendoors.base.personal.PersonalTable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Event sign-ups: erasure keeps each sign-up's status and attendance, so places and attendance figures stand. */
@Configuration
class EventPersonalData {

    @Bean
    PersonalDataHolder eventSignupHolder(JdbcTemplate jdbc) {
        return new PersonalTable(jdbc, new PersonalTable.Spec("Event sign-ups", "event_signup", "email", "name",
                List.of("id", "event_id", "name", "organisation_name", "email", "dietary_needs", "access_needs",
                        "extra_answer", "status", "attended", "walk_in", "created_at"),
                Map.of("name", ERASED_NAME, "email", ERASED_EMAIL, "dietary_needs", NONE, "access_needs", NONE,
                        "extra_answer", NONE), true));
    }
}
