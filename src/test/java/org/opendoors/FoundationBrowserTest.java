package org.opendoors;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.opendoors.security.Role;
import org.opendoors.security.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

/** Starts the app, signs in through the real form, and checks accessibility of the pages on the way. */
class FoundationBrowserTest extends BrowserTest {

    @Autowired
    TestUsers users;

    @Test
    void landing_sign_in_and_home_pages_have_no_serious_accessibility_violations() {
        open("");
        assertThat(page.locator("h1").textContent()).contains("Open doors for young people leaving care");
        assertThat(seriousAccessibilityViolations()).as("landing page").isEmpty();

        page.getByText("Sign in to Open Doors").click();
        waitForPath("/login");
        page.waitForSelector("vaadin-login-form");
        assertThat(seriousAccessibilityViolations()).as("sign-in page").isEmpty();

        String sessionBefore = sessionId();
        signIn(users.create(Role.ADMIN), TestUsers.PASSWORD);
        waitForPath("/admin");
        page.waitForSelector("h1");
        assertThat(page.locator("h1").textContent()).isEqualTo("Administration");
        assertThat(sessionId()).as("a new session id at sign-in").isNotEqualTo(sessionBefore);
        assertThat(seriousAccessibilityViolations()).as("administrator's home page").isEmpty();

        page.getByText("Retention schedule for personal data").click();
        waitForPath("/admin/retention");
        page.waitForSelector("h1");
        assertThat(seriousAccessibilityViolations()).as("retention schedule").isEmpty();
    }

    @Test
    void the_privacy_notice_is_reached_from_the_public_footer_and_has_no_serious_accessibility_violations() {
        open("");
        page.locator("footer").getByText("Privacy notice").click();
        waitForPath("/privacy");
        page.waitForSelector("table.data-table");
        assertThat(page.locator("h1").textContent()).isEqualTo("Privacy notice");
        assertThat(seriousAccessibilityViolations()).as("privacy notice").isEmpty();
    }

    @Test
    void a_wrong_password_says_so_on_the_sign_in_page() {
        open("login");
        signIn(users.create(Role.ADVISER), "Not-The-Right-Password");
        waitForPath("/login?error");
        page.getByText("The e-mail address or password is incorrect").waitFor();
    }

    @Test
    void the_skip_link_is_the_first_thing_the_keyboard_reaches() {
        signInAs(Role.ENGAGEMENT);
        page.keyboard().press("Tab");
        assertThat(page.evaluate("document.activeElement.textContent")).isEqualTo("Skip to main content");
        page.keyboard().press("Enter");
        assertThat(page.evaluate("document.activeElement.id")).isEqualTo("main-content");
    }

    private void signInAs(Role role) {
        open("login");
        signIn(users.create(role), TestUsers.PASSWORD);
        waitForPath("/" + role.homeRoute());
        page.waitForSelector("h1");
    }

    private void signIn(String email, String password) {
        page.waitForSelector("vaadin-login-form");
        page.getByLabel("E-mail address").fill(email);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    }

    private String sessionId() {
        return browserContext.cookies().stream().filter(c -> c.name.equals("JSESSIONID"))
                .map(c -> c.value).findFirst().orElse("");
    }
}
