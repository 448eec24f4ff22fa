package org.opendoors.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.opendoors.SpringTest;
import org.opendoors.TestEvents;
import org.opendoors.base.SystemTask;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An officer edits an event's details while people sign up: the sign-ups are not "someone else's change" to the
 * details, and saving the details never writes back the places counted before those sign-ups.
 */
class SignupWhileEditingTest extends SpringTest {

    @Autowired
    TestEvents testEvents;

    @Autowired
    EventService events;

    @Autowired
    SignupService signups;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void details_opened_before_sign_ups_save_and_keep_the_places_taken() {
        EngagementEvent opened = testEvents.published("Careers breakfast " + System.nanoTime(), 3);
        for (int i = 0; i < 4; i++) {
            signups.signUp(opened.getId(), new SignupDetails("Person " + i, "Edit Ltd", "edit" + i + "." + opened.getId()
                    + "@edit.example", null, null, null, true));
        }
        long auditRowsBefore = auditRows(opened.getId());

        EngagementEvent saved = SystemTask.run(() -> events.save(opened.getId(), opened.getVersion(),
                new EventDetails(opened.getTitle(), opened.getType(), opened.getDescription(), opened.getStartsAt(),
                        opened.getEndsAt(), "Town Hall", opened.getAddress(), null, opened.getCapacity(),
                        opened.getSignupOpensAt(), opened.getSignupClosesAt(), opened.getAudience(), opened.isAskDietary(),
                        opened.isAskAccess(), opened.getExtraQuestion())));

        assertThat(saved.getVenue()).isEqualTo("Town Hall");
        assertThat(jdbc.queryForMap("select confirmed_count, waitlist_sequence from engagement_event where id = ?", opened.getId()))
                .containsEntry("confirmed_count", 3).containsEntry("waitlist_sequence", 1);
        assertThat(auditRows(opened.getId())).isEqualTo(auditRowsBefore + 1); // the edit, and no revision per sign-up
    }

    private long auditRows(long eventId) {
        return jdbc.queryForObject("select count(*) from engagement_event_aud where id = ?", Long.class, eventId);
    }
}
