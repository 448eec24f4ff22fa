package org.opendoors;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendoors.security.Role;
import org.opendoors.security.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

/** An adviser finds an opportunity and requests a place, in a real browser, with axe on every page. */
class AdviserBrowserTest extends BrowserTest {

    @Autowired
    TestEmployers employers;

    @Autowired
    TestOffers offers;

    @Autowired
    TestUsers users;

    private final List<String> violations = new ArrayList<>();

    @Test
    void an_adviser_requests_a_place_with_no_serious_accessibility_problems() {
        TestEmployers.Employer employer = employers.register(false);
        String title = "Taster day at the marina " + System.nanoTime();
        LocalDate on = LocalDate.now(clock).plusDays(300); // later than other tests' offers, so first on the board from that date
        offers.open(employer.email(), title, "Taster day", "Leisure", on);
        String adviser = users.create(Role.ADVISER);

        open("login");
        page.getByLabel("E-mail address").fill(adviser);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(TestUsers.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        waitForPath("/adviser");
        page.waitForSelector("h1");
        check("adviser home");

        open("opportunities");
        page.getByLabel("On or after").fill(on.getDayOfMonth() + "/" + on.getMonthValue() + "/" + on.getYear());
        page.keyboard().press("Tab");
        page.getByText(title).waitFor();
        check("opportunities board");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Request a place")).first().click();
        page.getByText("Request a place").first().waitFor();
        page.getByLabel("Young person's reference").waitFor();
        check("request a place");

        page.getByLabel("Young person's reference").fill("YP-5150");
        page.getByText("18 to 20").click();
        page.getByLabel("Area they live in").fill("East");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("East")).click();
        page.getByLabel("What do they hope to gain?").fill("Ring 07700 900982");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send request")).click();
        page.getByText("Remove the phone number").waitFor();
        check("request a place with an error");

        page.getByLabel("What do they hope to gain?").fill("A first taste of working in leisure");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send request")).click();
        page.getByText("Request sent").waitFor();
        check("request sent");

        open("requests");
        page.getByText("YP-5150").waitFor();
        check("your requests");
        assertThat(violations).isEmpty();
    }

    private void check(String pageName) {
        seriousAccessibilityViolations().forEach(v -> violations.add(pageName + ": " + v));
    }
}
