package org.opendoors;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendoors.base.SystemTask;
import org.opendoors.certificate.CertificatePdfText;
import org.opendoors.pledge.Pledge;
import org.opendoors.pledge.PledgeService;
import org.springframework.beans.factory.annotation.Autowired;

/** From registration to the certificate download in a real browser, with axe on every page on the way. */
class PledgeBrowserTest extends BrowserTest {

    @Autowired
    PledgeService pledges;

    @Autowired
    TestEmployers employers;

    private final List<String> violations = new ArrayList<>();

    @Test
    void an_employer_registers_pledges_and_downloads_the_certificate_with_no_serious_accessibility_problems() throws Exception {
        String organisation = "Browser Bakery " + System.nanoTime();
        String email = "owner." + System.nanoTime() + "@browser-bakery.example";
        open("");
        check("landing");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Register your organisation")).click();
        waitForPath("/register");
        page.waitForSelector("h1");
        check("register: organisation");
        page.getByLabel("Organisation name").fill(organisation);
        page.getByText("Business", new Page.GetByTextOptions().setExact(true)).click();
        page.getByLabel("Sector").fill("Food and drink");
        page.getByText("Fewer than 10 employees").click();
        page.getByLabel("Postcode").fill("SS1 2AB");
        page.getByLabel("Area").fill("Central");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Central")).click();
        continueButton();
        page.getByText("Step 2 of 3").waitFor();
        check("register: about you");
        page.getByLabel("Full name").fill("Pat Baker");
        page.getByLabel("Job title").fill("Owner");
        page.getByLabel("E-mail address").fill(email);
        page.getByLabel("Telephone number").fill("01632 960 001");
        page.getByLabel("Create a password").fill(TestEmployers.PASSWORD);
        page.getByLabel("Type the password again").fill(TestEmployers.PASSWORD);
        continueButton();
        page.getByText("Step 3 of 3").waitFor();
        check("register: consents");
        continueButton();
        page.getByText("Check your answers before registering").waitFor();
        check("register: check answers");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register")).click();
        page.getByText("Registration received").waitFor();
        check("register: confirmation");

        open(TestMail.linkPath(TestMail.await(email, "Confirm your e-mail address"), "verify-email/"));
        check("confirm e-mail address");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm and register")).click();
        page.getByText("Your organisation is registered").waitFor();
        check("e-mail confirmed");
        open("login");
        page.getByLabel("E-mail address").fill(email);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(TestEmployers.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        waitForPath("/employer");
        page.waitForSelector("h1");
        check("employer home");

        open("pledge/edit");
        check("pledge builder");
        page.getByText("Mentoring", new Page.GetByTextOptions().setExact(true)).click();
        page.getByLabel("When does your pledge start?").fill("1/12/2027");
        page.keyboard().press("Tab");
        continueButton();
        page.getByText("Check your pledge before submitting it").waitFor();
        check("check your pledge");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit pledge")).click();
        page.getByText("Pledge submitted").first().waitFor();
        check("pledge submitted");

        long organisationId = users().principal(email).organisationId();
        Pledge submitted = SystemTask.run(() -> pledges.current(organisationId).orElseThrow());
        SystemTask.run(() -> pledges.approve(submitted.getId(), submitted.getVersion()));
        open("pledge");
        check("pledge approved");
        Download download = page.waitForDownload(() -> page.getByText("Download your pledge certificate (PDF)").click());
        String text = CertificatePdfText.of(Files.readAllBytes(download.path()));
        assertThat(text).contains(organisation).contains("Mentoring");

        assertThat(violations).isEmpty();
    }

    private void continueButton() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
    }

    private void check(String pageName) {
        seriousAccessibilityViolations().forEach(v -> violations.add(pageName + ": " + v));
    }

    private org.opendoors.security.TestUsers users() {
        return context().getBean(org.opendoors.security.TestUsers.class);
    }
}
