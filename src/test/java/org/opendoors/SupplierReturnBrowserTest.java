package org.opendoors;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opendoors.base.SystemTask;
import org.opendoors.security.Role;
import org.opendoors.security.TestUsers;
import org.opendoors.socialvalue.ContractDetails;
import org.opendoors.socialvalue.ContractService;
import org.opendoors.socialvalue.ReportingFrequency;
import org.opendoors.socialvalue.ReturnService;
import org.opendoors.socialvalue.ReturnStatus;
import org.springframework.beans.factory.annotation.Autowired;

/** A supplier completes a social value return in a real browser, with axe on every page. */
class SupplierReturnBrowserTest extends BrowserTest {

    @Autowired
    TestEmployers employers;

    @Autowired
    TestUsers users;

    @Autowired
    ContractService contracts;

    @Autowired
    ReturnService returns;

    private final List<String> violations = new ArrayList<>();

    @Test
    void a_supplier_submits_a_return_with_no_serious_accessibility_problems() {
        TestEmployers.Employer supplier = employers.register(false);
        String officer = users.create(Role.PROCUREMENT);
        long contractId = SystemTask.run(() -> users.service().runAs(officer, () -> {
            long cl6 = contracts.activeMeasures().stream().filter(m -> m.getCode().equals("CL6")).findFirst().orElseThrow().getId();
            return contracts.create(new ContractDetails(supplier.organisationId(), "BRW-" + System.nanoTime(), "Street cleansing",
                    500_000_00L, LocalDate.now().minusDays(20), LocalDate.now().plusYears(1), ReportingFrequency.QUARTERLY,
                    Map.of(cl6, new BigDecimal("250")))).getId();
        }));

        open("login");
        page.getByLabel("E-mail address").fill(supplier.email());
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(TestEmployers.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        waitForPath("/employer");
        page.waitForSelector("h1");
        open("our-contracts");
        page.getByText("Street cleansing").waitFor();
        check("your contracts");
        open("contracts/" + contractId);
        page.getByText("Reporting periods").waitFor();
        check("contract");
        open("contracts/" + contractId + "/returns/1");
        page.getByText("Return for period 1").waitFor();
        check("return");
        page.getByLabel("CL6 Money contributed to a care leaver bursary fund (£): actual (target 250)").fill("250");
        page.getByLabel("What happened this period").fill("Paid into the bursary fund in full.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit return")).click();
        page.getByText("Submitted").first().waitFor();
        check("return submitted");
        assertThat(SystemTask.run(() -> returns.open(contractId, 1)).getStatus()).isEqualTo(ReturnStatus.SUBMITTED);
        assertThat(violations).isEmpty();
    }

    private void check(String pageName) {
        seriousAccessibilityViolations().forEach(v -> violations.add(pageName + ": " + v));
    }
}
