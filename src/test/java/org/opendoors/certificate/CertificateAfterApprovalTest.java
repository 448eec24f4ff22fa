package org.opendoors.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.opendoors.SpringTest;
import org.opendoors.TestEmployers;
import org.opendoors.TestMail;
import org.opendoors.base.SystemTask;
import org.opendoors.pledge.Pledge;
import org.opendoors.pledge.PledgeService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Approving a pledge commits without its certificate: the certificate and its PDF follow in their own transaction. */
class CertificateAfterApprovalTest extends SpringTest {

    @Autowired
    TestEmployers employers;

    @Autowired
    PledgeService pledges;

    @Autowired
    CertificateService certificates;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_approval_commits_before_the_certificate_exists_and_the_certificate_follows() throws Exception {
        TestEmployers.Employer employer = employers.register(false);
        Pledge submitted = employers.submittedPledge(employer.organisationId(), 2);

        boolean certificateInsideTheApproval = SystemTask.run(() -> transaction.execute(status -> {
            pledges.approve(submitted.getId(), submitted.getVersion());
            return certificates.latestFor(submitted.getId()).isPresent();
        }));
        listeners.awaitAll();

        assertThat(certificateInsideTheApproval).isFalse();
        Certificate certificate = SystemTask.run(() -> certificates.latestFor(submitted.getId()).orElseThrow());
        assertThat(certificate.getOrganisationName()).isEqualTo(employer.organisationName());
        String attached = CertificatePdfText.of(TestMail.attachment(TestMail.await(employer.email(), "is approved"),
                "open-doors-pledge-certificate.pdf"));
        assertThat(attached).contains(employer.organisationName(), "Verification code: " + certificate.getCode());
        assertThat(jdbc.queryForList("select r.username from certificate_aud a join audit_revision r on r.id = a.rev "
                + "where a.id = ?", String.class, certificate.getId())).as("who issued it, in the audit trail")
                .containsOnly(SystemTask.SYSTEM_USER);
    }
}
