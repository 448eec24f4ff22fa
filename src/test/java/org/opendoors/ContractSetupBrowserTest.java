package org.opendoors;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendoors.security.Role;
import org.opendoors.security.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

/** A procurement officer sets up a contract step by step in a real browser, with axe on every step. */
class ContractSetupBrowserTest extends BrowserTest {

    @Autowired
    TestEmployers employers;

    @Autowired
    TestUsers users;

    private final List<String> violations = new ArrayList<>();

    @Test
    void an_officer_sets_up_a_contract_with_a_profiled_total_with_no_serious_accessibility_problems() {
        TestEmployers.Employer supplier = employers.register(false);
        String officer = users.create(Role.PROCUREMENT);
        open("login");
        page.getByLabel("E-mail address").fill(officer);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(TestUsers.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        waitForPath("/procurement");
        page.waitForSelector("h1");
        check("procurement home");

        open("contracts/new");
        page.getByLabel("Supplier").fill(supplier.organisationName());
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(supplier.organisationName())).click();
        page.getByLabel("Contract reference").fill("BRW-" + System.nanoTime());
        page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).fill("Parks and open spaces");
        page.getByLabel("Value (£)").fill("750000");
        page.getByLabel("Starts").fill("1/4/2027");
        page.keyboard().press("Tab");
        page.getByLabel("Ends").fill("31/3/2028");
        page.keyboard().press("Tab");
        page.getByText("Quarterly", new Page.GetByTextOptions().setExact(true)).click();
        check("the contract");
        continueButton();

        page.getByText("Step 2 of 3: KPIs and targets").waitFor();
        page.getByLabel("CL6 target", new Page.GetByLabelOptions().setExact(true)).fill("2000");
        page.getByRole(AriaRole.RADIOGROUP, new Page.GetByRoleOptions().setName("Is the CL6 target per period or a total?"))
                .getByText("Total over the contract, profiled across the periods").click();
        page.getByLabel("CL6 period 4 (1 Jan 2028 to 31 Mar 2028)").waitFor();
        assertThat(page.getByLabel("CL6 period 4 (1 Jan 2028 to 31 Mar 2028)").inputValue()).isEqualTo("500");
        check("KPIs");
        continueButton();

        page.getByText("Step 3 of 3: who reports").waitFor();
        page.getByText(supplier.email(), new Page.GetByTextOptions().setExact(false)).click();
        check("who reports");
        continueButton();

        page.getByText("Check the contract before you set it up").waitFor();
        assertThat(page.getByText("2000 over the contract. By period: 500, 500, 500, 500").isVisible()).isTrue();
        check("check answers");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set up contract")).click();
        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Parks and open spaces")).waitFor();
        check("contract page");
        assertThat(violations).isEmpty();
    }

    private void continueButton() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
    }

    private void check(String pageName) {
        seriousAccessibilityViolations().forEach(v -> violations.add(pageName + ": " + v));
    }
}
