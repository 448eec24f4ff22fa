package org.opendoors.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.opendoors.SpringTest;
import org.opendoors.base.SystemTask;
import org.opendoors.privacy.RetentionJob;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Attendees' contact details and needs are kept 12 months after the event ends, then removed from the sign-up and its
 * audit copies; the rows stay, so attendance figures do not change.
 */
class AttendeeRetentionTest extends SpringTest {

    @Autowired
    RetentionJob job;

    @Autowired
    EventService events;

    @Autowired
    SignupService signups;

    @Autowired
    EventSignupRepository signupRows;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void an_attendee_s_details_are_kept_until_twelve_months_after_the_event_then_removed_and_the_counts_stay() {
        clock.travel(Duration.ofDays(-1000));
        LocalDateTime start = LocalDateTime.now(clock).plusDays(10).withHour(8).withMinute(0).withSecond(0).withNano(0);
        long eventId = SystemTask.run(() -> {
            EngagementEvent event = events.save(null, null, new EventDetails("Retention breakfast " + System.nanoTime(),
                    EventType.PLEDGE_BREAKFAST, "Breakfast", start, start.plusHours(2), "Civic Centre", "Victoria Avenue",
                    null, 1, LocalDateTime.now(clock).minusDays(1), start.minusDays(1), EventAudience.EMPLOYERS, true, true,
                    "What would help?"));
            events.publish(event.getId());
            return event.getId();
        });
        String email = "attendee" + System.nanoTime() + "@retention.example";
        signups.signUp(eventId, new SignupDetails("Avery Attendee", "Attendee Ltd", email, "Vegetarian", "Step-free access",
                "Mentoring", true));
        signups.signUp(eventId, new SignupDetails("Wren Waiting", null, "waiting" + System.nanoTime() + "@retention.example",
                null, null, null, true));
        clock.reset();
        EventSignup attendee = signupRows.findByEventIdAndEmail(eventId, email).orElseThrow();
        SystemTask.run(() -> signups.markAttended(attendee.getId(), true));
        Attendance before = SystemTask.run(() -> signups.attendance(eventId));
        LocalDate eventDay = start.toLocalDate();

        job.run(eventDay.plusMonths(12).minusDays(1));
        assertThat(signupRows.findById(attendee.getId()).orElseThrow().getName()).isEqualTo("Avery Attendee");

        job.run(eventDay.plusMonths(12));
        EventSignup removed = signupRows.findById(attendee.getId()).orElseThrow();
        assertThat(removed.getName()).isEqualTo("Removed");
        assertThat(removed.getEmail()).doesNotContain("attendee").endsWith("@removed.invalid"); // never a deliverable address
        assertThat(removed.getDietaryNeeds()).isNull();
        assertThat(removed.getAccessNeeds()).isNull();
        assertThat(removed.getExtraAnswer()).isNull();
        assertThat(removed.isAttended()).isTrue();
        assertThat(removed.getOrganisationName()).isEqualTo("Attendee Ltd");
        assertThat(jdbc.queryForObject("select count(*) from event_signup_aud where id = ? and (email = ?"
                + " or name = 'Avery Attendee' or dietary_needs is not null)", Long.class, attendee.getId(), email)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from event_signup_aud where id = ?", Long.class, attendee.getId()))
                .as("the audit rows stay, anonymised").isPositive();
        assertThat(SystemTask.run(() -> signups.attendance(eventId))).isEqualTo(before);
        assertThat(signupRows.countByEventIdAndStatus(eventId, SignupStatus.WAITLISTED)).isOne();
    }
}
