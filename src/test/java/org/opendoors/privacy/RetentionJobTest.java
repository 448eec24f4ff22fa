package org.opendoors.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opendoors.SpringTest;
import org.opendoors.TestOrganisations;
import org.opendoors.base.SystemTask;
import org.opendoors.organisation.ActivityService;
import org.opendoors.organisation.ActivityType;
import org.opendoors.organisation.NewActivity;
import org.opendoors.security.Role;
import org.opendoors.security.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The daily job applies every kind's period in the schedule and says, and logs, how many of each it removed. */
@ExtendWith(OutputCaptureExtension.class)
class RetentionJobTest extends SpringTest {

    @Autowired
    RetentionJob job;

    @Autowired
    RetentionSchedule schedule;

    @Autowired
    ActivityService activities;

    @Autowired
    TestOrganisations organisations;

    @Autowired
    TestUsers users;

    @Test
    void the_schedule_starts_with_the_documented_defaults() {
        assertThat(schedule.periods()).extracting(p -> p.getKind() + " " + p.describe()).containsExactly(
                "UNCONFIRMED_REGISTRATIONS 30 days", "EVENT_ATTENDEES 12 months", "SENT_EMAILS 30 days",
                "DISABLED_ACCOUNTS 2 years", "CRM_ACTIVITIES 6 years", "EVIDENCE_FILES 6 years");
    }

    @Test
    void every_kind_in_the_schedule_has_a_rule_that_runs() {
        RetentionSummary summary = job.run(LocalDate.now(clock).minusDays(5000));
        assertThat(summary.failed()).isEmpty();
        assertThat(summary.removed()).containsOnlyKeys(RetentionKind.values());
    }

    @Test
    void the_run_returns_and_logs_the_count_removed_of_each_kind(CapturedOutput output) {
        long organisationId = organisations.anyId();
        LocalDate happened = LocalDate.now(clock).minusDays(4000); // no other test makes records on this day
        String engagement = users.create(Role.ENGAGEMENT);
        for (int i = 0; i < 2; i++) {
            SystemTask.run(() -> users.service().runAs(engagement, () -> activities.record(organisationId,
                    new NewActivity(ActivityType.VISIT, happened, "Workplace visit", null, null))));
        }
        job.run(happened.plusYears(6).minusDays(1)); // clears anything older, keeps these two

        RetentionSummary summary = job.run(happened.plusYears(6));

        assertThat(summary.removed(RetentionKind.CRM_ACTIVITIES)).isEqualTo(2);
        assertThat(output.getOut()).contains("Retention: CRM_ACTIVITIES 2 removed or anonymised (6 years kept; on or before "
                + happened + ")");
        assertThat(output.getOut()).contains("Retention on " + happened.plusYears(6) + ": ");
    }
}
