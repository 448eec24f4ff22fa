package org.opendoors.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.opendoors.SpringTest;
import org.opendoors.TestEvents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A burst of sign-ups never overbooks: the database serialises them on the event's row. */
class SignupBurstTest extends SpringTest {

    @Autowired
    TestEvents events;

    @Autowired
    SignupService signups;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void two_hundred_sign_ups_from_16_threads_give_exactly_50_places_and_150_distinct_waiting_positions() throws Exception {
        EngagementEvent event = events.published("Burst breakfast " + System.nanoTime(), 50);
        String run = String.valueOf(System.nanoTime());
        List<Future<SignupResult>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(16)) {
            for (int i = 0; i < 200; i++) {
                String email = "burst" + i + "." + run + "@burst.example";
                results.add(pool.submit(() -> signups.signUp(event.getId(),
                        new SignupDetails("Person " + email, "Burst Ltd", email, null, null, null, true))));
            }
        }
        List<SignupResult> done = new ArrayList<>();
        for (Future<SignupResult> result : results) {
            done.add(result.get()); // any error fails the test here
        }

        assertThat(done).filteredOn(r -> r.status() == SignupStatus.CONFIRMED).hasSize(50);
        assertThat(done).filteredOn(r -> r.status() == SignupStatus.WAITLISTED).extracting(SignupResult::waitlistPosition)
                .hasSize(150).doesNotHaveDuplicates().allMatch(p -> p >= 1 && p <= 150);
        assertThat(jdbc.queryForObject("select count(*) from event_signup where event_id = ? and status = 'CONFIRMED'",
                Long.class, event.getId())).isEqualTo(50);
        assertThat(jdbc.queryForObject("select confirmed_count from engagement_event where id = ?", Integer.class, event.getId()))
                .isEqualTo(50);
        assertThat(jdbc.queryForList("select waitlist_sequence from event_signup where event_id = ? and status = 'WAITLISTED' order by 1",
                Integer.class, event.getId())).containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 150).boxed().toList());
        listeners.awaitAll();
        List<Long> emailsEach = jdbc.queryForList("""
                select count(*) from outbound_email where recipient like ? group by recipient""", Long.class, "%." + run + "@burst.example");
        assertThat(emailsEach).hasSize(200).allMatch(n -> n == 1);
    }
}
