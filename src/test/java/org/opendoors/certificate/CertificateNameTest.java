package org.opendoors.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.opendoors.KaribuTest;
import org.opendoors.TestEmployers;
import org.opendoors.base.SystemTask;
import org.opendoors.organisation.OrganisationProfile;
import org.opendoors.organisation.OrganisationService;
import org.opendoors.pledge.Pledge;
import org.opendoors.pledge.PledgeService;
import org.opendoors.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

/** A certificate keeps the name it was issued to; the engagement team sees a later rename; renewal uses the new name. */
class CertificateNameTest extends KaribuTest {

    @Autowired
    TestEmployers employers;

    @Autowired
    OrganisationService organisations;

    @Autowired
    CertificateService certificates;

    @Autowired
    PledgeService pledges;

    @Test
    void a_rename_after_approval_leaves_the_certificate_with_the_name_it_was_issued_to() throws Exception {
        TestEmployers.Employer employer = employers.register(false);
        Pledge approved = employers.approvedPledge(employer.organisationId(), 2);
        Certificate certificate = SystemTask.run(() -> certificates.latestFor(approved.getId()).orElseThrow());
        String newName = "Renamed Trading Ltd " + System.nanoTime();
        rename(employer.organisationId(), newName);

        assertThat(certificates.verify(certificate.getCode()).orElseThrow().organisation()).isEqualTo(employer.organisationName());
        String pdf = CertificatePdfText.of(SystemTask.run(() -> certificates.pdf(certificate.getId())));
        assertThat(pdf).contains(employer.organisationName()).doesNotContain(newName);

        signIn(users.create(Role.ENGAGEMENT));
        navigate("organisations/" + employer.organisationId());
        assertThat(pageText()).contains("Certificate " + certificate.getCode() + " was issued to \u201c"
                + employer.organisationName() + "\u201d").contains("now called \u201c" + newName + "\u201d");

        clock.travel(java.time.Duration.ofDays(java.time.temporal.ChronoUnit.DAYS.between(
                java.time.LocalDate.now(clock), approved.getRenewalDueOn().minusDays(10))));
        Pledge renewed = SystemTask.run(() -> {
            Pledge current = pledges.find(approved.getId());
            return pledges.renew(current.getId(), current.getVersion());
        });
        listeners.awaitAll();
        Certificate reissued = SystemTask.run(() -> certificates.latestFor(renewed.getId()).orElseThrow());
        assertThat(certificates.verify(reissued.getCode()).orElseThrow().organisation()).isEqualTo(newName);
    }

    private void rename(long organisationId, String name) {
        SystemTask.run(() -> {
            var organisation = organisations.find(organisationId).orElseThrow();
            OrganisationProfile p = organisation.profile();
            organisations.updateProfile(organisation.getId(), organisation.getVersion(), new OrganisationProfile(name,
                    p.type(), p.sector(), p.sizeBand(), p.postcode(), p.area(), p.website(), p.companiesHouseNumber(),
                    p.contactConsent(), p.wallConsent()));
        });
    }

    private static String pageText() {
        return UI.getCurrent().getChildren().map(c -> c.getElement().getTextRecursively()).collect(Collectors.joining("\n"));
    }
}
