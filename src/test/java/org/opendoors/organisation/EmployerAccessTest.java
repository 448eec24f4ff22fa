package org.opendoors.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendoors.SpringTest;
import org.opendoors.TestEmployers;
import org.opendoors.base.SystemTask;
import org.opendoors.certificate.CertificateService;
import org.opendoors.pledge.Pledge;
import org.opendoors.pledge.PledgeService;
import org.opendoors.security.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** An employer user sees and changes only their own organisation: checked in the services, called with another's ids. */
class EmployerAccessTest extends SpringTest {

    @Autowired
    TestEmployers employers;

    @Autowired
    TestUsers users;

    @Autowired
    OrganisationService organisations;

    @Autowired
    PledgeService pledges;

    @Autowired
    CertificateService certificates;

    @Autowired
    ActivityService activities;

    @LocalServerPort
    int port;

    @Test
    void an_employer_is_refused_everything_of_another_organisation() {
        TestEmployers.Employer mine = employers.register(true);
        TestEmployers.Employer theirs = employers.register(true);
        Pledge theirPledge = employers.approvedPledge(theirs.organisationId(), 2);
        long theirCertificate = SystemTask.run(() -> certificates.latestFor(theirPledge.getId()).orElseThrow().getId());

        signInAs(mine.email());
        try {
            long other = theirs.organisationId();
            assertThat(organisations.find(mine.organisationId())).isPresent();
            for (Runnable call : List.<Runnable>of(
                    () -> organisations.find(other),
                    () -> organisations.contacts(other),
                    () -> organisations.updateProfile(other, 0, TestEmployers.profile("Hijacked", null, false)),
                    () -> organisations.addContact(other, new RegistrantDetails("X", null, "x@x.example", null)),
                    () -> pledges.find(theirPledge.getId()),
                    () -> pledges.current(other),
                    () -> pledges.pledgesOf(other),
                    () -> pledges.history(theirPledge.getId()),
                    () -> pledges.saveDraft(other, null, null, null, List.of()),
                    () -> pledges.withdraw(theirPledge.getId(), theirPledge.getVersion(), "mischief"),
                    () -> pledges.approve(theirPledge.getId(), theirPledge.getVersion()),
                    () -> certificates.latestFor(theirPledge.getId()),
                    () -> certificates.pdf(theirCertificate),
                    () -> activities.of(other),
                    () -> organisations.search(OrganisationFilter.none(), org.springframework.data.domain.PageRequest.of(0, 10)))) {
                assertThatThrownBy(call::run).isInstanceOf(AccessDeniedException.class);
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
        assertThat(SystemTask.run(() -> pledges.find(theirPledge.getId())).getStatus().isActive()).isTrue();
    }

    @Test
    void another_organisations_certificate_cannot_be_downloaded_over_http() throws Exception {
        TestEmployers.Employer mine = employers.register(false);
        TestEmployers.Employer theirs = employers.register(false);
        Pledge myPledge = employers.approvedPledge(mine.organisationId(), 1);
        Pledge theirPledge = employers.approvedPledge(theirs.organisationId(), 1);
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> signIn = browser.send(HttpRequest.newBuilder(URI.create(url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + java.net.URLEncoder.encode(mine.email(), "UTF-8")
                        + "&password=" + TestEmployers.PASSWORD)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signIn.headers().firstValue("Location").orElse("")).doesNotContain("error");

        HttpResponse<byte[]> own = browser.send(HttpRequest.newBuilder(URI.create(url("/certificates/pledge/" + myPledge.getId() + ".pdf"))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(new String(own.body(), 0, 5)).isEqualTo("%PDF-");
        HttpResponse<byte[]> other = browser.send(HttpRequest.newBuilder(URI.create(url("/certificates/pledge/" + theirPledge.getId() + ".pdf"))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(other.statusCode()).isEqualTo(403);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void signInAs(String email) {
        var principal = users.principal(email);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }
}
