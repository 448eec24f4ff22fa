package org.opendoors.pledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.opendoors.SpringTest;
import org.opendoors.TestEmployers;
import org.opendoors.TestMail;
import org.opendoors.base.SystemTask;
import org.opendoors.certificate.CertificateService;
import org.opendoors.certificate.CertificateStatus;
import org.opendoors.organisation.OrganisationService;
import org.opendoors.organisation.OrganisationStatus;
import org.springframework.beans.factory.annotation.Autowired;

/** Renewal falls due 12 months after approval: reminders 30 and 7 days before, then renewed or lapsed. */
class PledgeRenewalTest extends SpringTest {

    @Autowired
    TestEmployers employers;

    @Autowired
    PledgeService pledges;

    @Autowired
    CertificateService certificates;

    @Autowired
    OrganisationService organisations;

    @Test
    void reminders_go_30_and_7_days_before_once_each_and_renewal_issues_a_new_certificate() {
        TestEmployers.Employer employer = employers.register(false);
        Pledge approved = employers.approvedPledge(employer.organisationId(), 3);
        String firstCode = SystemTask.run(() -> certificates.latestFor(approved.getId()).orElseThrow().getCode());
        LocalDate due = approved.getRenewalDueOn();
        assertThat(due).isEqualTo(approved.getApprovedOn().plusMonths(12));

        travelTo(due.minusDays(30));
        runRenewals();
        runRenewals();
        TestMail.await(employer.email(), "Renew your pledge by");
        assertThat(TestMail.count(employer.email(), "Renew your pledge by")).isEqualTo(1);

        travelTo(due.minusDays(7));
        runRenewals();
        runRenewals();
        org.awaitility.Awaitility.await().until(() -> TestMail.count(employer.email(), "Renew your pledge by") == 2);

        Pledge renewed = SystemTask.run(() -> {
            Pledge current = pledges.find(approved.getId());
            return pledges.renew(current.getId(), current.getVersion());
        });
        assertThat(renewed.getStatus()).isEqualTo(PledgeStatus.RENEWED);
        assertThat(renewed.getRenewalDueOn()).isEqualTo(due.plusMonths(12));
        TestMail.await(employer.email(), "is renewed");
        assertThat(certificates.verify(firstCode).orElseThrow().status()).isEqualTo(CertificateStatus.REVOKED);
        String secondCode = SystemTask.run(() -> certificates.latestFor(approved.getId()).orElseThrow().getCode());
        assertThat(certificates.verify(secondCode).orElseThrow().status()).isEqualTo(CertificateStatus.VALID);
    }

    @Test
    void a_pledge_not_renewed_by_its_due_date_lapses_and_its_certificate_is_revoked() {
        TestEmployers.Employer employer = employers.register(false);
        Pledge approved = employers.approvedPledge(employer.organisationId(), 1);
        String code = SystemTask.run(() -> certificates.latestFor(approved.getId()).orElseThrow().getCode());

        travelTo(approved.getRenewalDueOn().plusDays(1));
        runRenewals();
        listeners.awaitAll();

        assertThat(SystemTask.run(() -> pledges.find(approved.getId())).getStatus()).isEqualTo(PledgeStatus.LAPSED);
        assertThat(certificates.verify(code).orElseThrow().status()).isEqualTo(CertificateStatus.REVOKED);
        assertThat(SystemTask.run(() -> organisations.find(employer.organisationId()).orElseThrow().getStatus()))
                .isEqualTo(OrganisationStatus.LAPSED);
        TestMail.await(employer.email(), "has ended");
    }

    @Test
    void a_withdrawn_pledge_revokes_its_certificate() {
        TestEmployers.Employer employer = employers.register(false);
        Pledge approved = employers.approvedPledge(employer.organisationId(), 2);
        String code = SystemTask.run(() -> certificates.latestFor(approved.getId()).orElseThrow().getCode());
        SystemTask.run(() -> {
            Pledge current = pledges.find(approved.getId());
            pledges.withdraw(current.getId(), current.getVersion(), "Closing down");
        });
        listeners.awaitAll();
        assertThat(certificates.verify(code).orElseThrow().status()).isEqualTo(CertificateStatus.REVOKED);
        assertThat(SystemTask.run(() -> pledges.history(approved.getId())).getLast().getNote()).isEqualTo("Closing down");
    }

    private void travelTo(LocalDate day) {
        long days = ChronoUnit.DAYS.between(LocalDate.now(clock), day);
        clock.travel(Duration.ofDays(days));
    }

    private void runRenewals() {
        SystemTask.run(pledges::processRenewals);
    }
}
