package org.opendoors.organisation;

import static org.opendoors.base.personal.PersonalTable.BLANK;
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

/** The people this module holds: organisations' contacts, those who registered one, and who answered its consents. */
@Configuration
class OrganisationPersonalData {

    @Bean
    PersonalDataHolder contactHolder(JdbcTemplate jdbc) {
        return new PersonalTable(jdbc, new PersonalTable.Spec("Contacts", "contact", "email", "name",
                List.of("id", "organisation_id", "name", "job_title", "email", "phone"),
                Map.of("name", ERASED_NAME, "job_title", NONE, "email", ERASED_EMAIL, "phone", NONE), true));
    }

    /** The organisation's own details in a registration (name, address, website) are not the person's and stay. */
    @Bean
    PersonalDataHolder registrationHolder(JdbcTemplate jdbc) {
        return new PersonalTable(jdbc, new PersonalTable.Spec("Registrations", "employer_registration", "email",
                "person_name", List.of("id", "reference", "organisation_name", "person_name", "job_title", "email",
                "phone", "contact_consent", "wall_consent", "created_at", "verified_at", "organisation_id"),
                Map.of("person_name", ERASED_NAME, "job_title", BLANK, "email", ERASED_EMAIL, "phone", BLANK), true));
    }

    /** Who gave or changed an organisation's consent; the answer, when, how and the wording stay. */
    @Bean
    PersonalDataHolder consentHistoryHolder(JdbcTemplate jdbc) {
        return new PersonalTable(jdbc, new PersonalTable.Spec("Consent history", "consent_change", "changed_by", null,
                List.of("id", "organisation_id", "consent", "given", "changed_at", "changed_by", "method", "wording"),
                Map.of("changed_by", ERASED_EMAIL), false));
    }
}
