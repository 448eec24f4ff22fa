package org.opendoors;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.FileChooser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendoors.base.SystemTask;
import org.opendoors.socialvalue.ReturnService;
import org.opendoors.socialvalue.ReturnStatus;
import org.springframework.beans.factory.annotation.Autowired;

/** A supplier completes a social value return in a real browser, with axe on every page. */
class SupplierReturnBrowserTest extends BrowserTest {

    @Autowired
    TestEmployers employers;

    @Autowired
    TestContracts contracts;

    @Autowired
    ReturnService returns;

    private final List<String> violations = new ArrayList<>();

    @Test
    void a_supplier_attaches_evidence_and_submits_a_return_with_no_serious_accessibility_problems() {
        TestEmployers.Employer supplier = employers.register(false);
        long contractId = contracts.quarterly(supplier.organisationId(), LocalDate.now(clock).minusDays(20), "CL6", "250");

        open("login");
        page.getByLabel("E-mail address").fill(supplier.email());
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(TestEmployers.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        waitForPath("/employer");
        page.waitForSelector("h1");
        open("our-contracts");
        page.getByText("Grounds maintenance").waitFor();
        check("your contracts");
        open("contracts/" + contractId);
        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Reporting periods")).waitFor();
        check("contract");
        open("contracts/" + contractId + "/returns/1");
        page.getByText("Return for period 1").waitFor();
        check("return");
        page.getByLabel("CL6 Money contributed to a care leaver bursary fund (£): actual (target 250)").fill("250");
        page.getByLabel("What happened this period").fill("Paid into the bursary fund in full.");

        // a file named like an image that is not one is refused by its content; what was typed stays
        attach(new FilePayload("photo.png", "image/png", "MZ this is really a program".getBytes(StandardCharsets.US_ASCII)));
        page.getByText("photo.png is not a PDF, JPEG or PNG file").waitFor();
        check("evidence refused");
        attach(new FilePayload("receipt.pdf", "application/pdf",
                "%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII)));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("receipt.pdf")).waitFor();
        assertThat(page.getByLabel("What happened this period").inputValue()).isEqualTo("Paid into the bursary fund in full.");
        check("evidence added");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit return")).click();
        page.getByText("Submitted").first().waitFor();
        check("return submitted");
        assertThat(SystemTask.run(() -> returns.open(contractId, 1)).getStatus()).isEqualTo(ReturnStatus.SUBMITTED);
        assertThat(SystemTask.run(() -> returns.evidence(contractId, 1))).singleElement()
                .satisfies(f -> assertThat(f.filename()).isEqualTo("receipt.pdf"));
        assertThat(violations).isEmpty();
    }

    private void attach(FilePayload file) {
        FileChooser chooser = page.waitForFileChooser(() -> page.locator("vaadin-upload [slot='add-button']").click());
        chooser.setFiles(file);
    }

    private void check(String pageName) {
        seriousAccessibilityViolations().forEach(v -> violations.add(pageName + ": " + v));
    }
}
