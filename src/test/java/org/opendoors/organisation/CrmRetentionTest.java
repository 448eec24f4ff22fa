package org.opendoors.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.opendoors.SpringTest;
import org.opendoors.TestEmployers;
import org.opendoors.TestOrganisations;
import org.opendoors.base.SystemTask;
import org.opendoors.privacy.RetentionJob;
import org.opendoors.security.Role;
import org.opendoors.security.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Retention of what the organisation module holds, at each boundary day: unconfirmed registrations (30 days) and CRM
 * activities (6 years). Records are made on a day in the past, so the job's runs touch no other test's fresh data.
 */
class CrmRetentionTest extends SpringTest {

    @Autowired
    RetentionJob job;

    @Autowired
    RegistrationService registrations;

    @Autowired
    TestEmployers employers;

    @Autowired
    ActivityService activities;

    @Autowired
    ActivityRepository activityRows;

    @Autowired
    TestOrganisations organisations;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void an_unconfirmed_registration_is_kept_29_days_and_deleted_with_its_audit_copies_on_the_30th() {
        clock.travel(Duration.ofDays(-1000));
        LocalDate registeredOn = LocalDate.now(clock);
        String unconfirmed = register("never-confirmed");
        String confirmedEmail = "confirmed" + System.nanoTime() + "@retention.example";
        registrations.register(TestEmployers.profile("Confirmed Ltd " + System.nanoTime(), null, false),
                new RegistrantDetails("Cara Confirmed", "Owner", confirmedEmail, "01632 960003"), TestEmployers.PASSWORD);
        registrations.verify(employers.tokenFor(confirmedEmail));
        String confirmed = referenceOf(confirmedEmail);
        clock.reset();
        assertThat(auditCopies(unconfirmed)).isPositive();

        job.run(registeredOn.plusDays(29));
        assertThat(exists(unconfirmed)).isTrue();

        job.run(registeredOn.plusDays(30));
        assertThat(exists(unconfirmed)).isFalse();
        assertThat(auditCopies(unconfirmed)).isZero();
        assertThat(exists(confirmed)).as("a confirmed registration is the organisation's record").isTrue();
    }

    @Test
    void a_crm_activity_is_kept_until_six_years_after_the_day_it_happened_then_deleted_with_its_audit_copies() {
        long organisationId = organisations.anyId();
        LocalDate happened = LocalDate.now(clock).minusDays(3000);
        long old = record(organisationId, happened);
        long recent = record(organisationId, happened.plusDays(1));

        job.run(happened.plusYears(6).minusDays(1));
        assertThat(activityRows.findById(old)).isPresent();

        job.run(happened.plusYears(6));
        assertThat(activityRows.findById(old)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from activity_aud where id = ?", Long.class, old)).isZero();
        assertThat(activityRows.findById(recent)).isPresent();
    }

    private String register(String who) {
        String email = who + System.nanoTime() + "@retention.example";
        registrations.register(TestEmployers.profile("Retention Ltd " + System.nanoTime(), null, false),
                new RegistrantDetails("Rory Retention", "Owner", email, "01632 960003"), TestEmployers.PASSWORD);
        return referenceOf(email);
    }

    private String referenceOf(String email) {
        return jdbc.queryForObject("select reference from employer_registration where email = ?", String.class, email);
    }

    private boolean exists(String reference) {
        return jdbc.queryForObject("select count(*) from employer_registration where reference = ?", Long.class, reference) == 1;
    }

    private long auditCopies(String reference) {
        return jdbc.queryForObject("select count(*) from employer_registration_aud where reference = ?", Long.class, reference);
    }

    private long record(long organisationId, LocalDate occurredOn) {
        String engagement = users.create(Role.ENGAGEMENT);
        return SystemTask.run(() -> users.service().runAs(engagement, () -> activities.record(organisationId,
                new NewActivity(ActivityType.CALL, occurredOn, "Talked about a pledge", null, null)).getId()));
    }
}
