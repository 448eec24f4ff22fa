package org.opendoors;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.opendoors.security.Role;
import org.opendoors.security.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * "Forgot your password?" in a real browser, with axe on every page of the journey; the user's session on another
 * device ends once the password is reset.
 */
class PasswordResetBrowserTest extends BrowserTest {

    @Autowired
    TestUsers users;

    @Test
    void a_user_resets_their_password_and_their_other_session_ends() {
        String email = users.create(Role.ADVISER);
        BrowserContext otherDevice = browserContext.browser().newContext();
        Page elsewhere = otherDevice.newPage();
        elsewhere.navigate(url("login"));
        signIn(elsewhere, email, TestUsers.PASSWORD);
        elsewhere.waitForURL("**/adviser");
        clock.travel(Duration.ofSeconds(1)); // the test clock stands still: the reset comes after that sign-in

        open("login");
        page.getByText("Forgot your password?").click();
        waitForPath("/forgot-password");
        page.waitForSelector("h1:has-text('Reset your password')");
        assertThat(seriousAccessibilityViolations()).as("forgot your password").isEmpty();

        page.getByLabel("E-mail address").fill(email);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the link")).click();
        page.waitForSelector("h1:has-text('Check your e-mail')");
        assertThat(page.locator("main, body").first().textContent()).contains("If an account exists for " + email);
        assertThat(seriousAccessibilityViolations()).as("check your e-mail").isEmpty();

        String link = TestMail.linkPath(TestMail.await(email, "Reset your"), "reset-password/");
        open(link);
        page.waitForSelector("h1:has-text('Choose a new password')");
        assertThat(seriousAccessibilityViolations()).as("choose a new password").isEmpty();

        String newPassword = "Copper-Meadow-Lantern-5";
        page.getByLabel("Create a password").fill(newPassword);
        page.getByLabel("Type the password again").fill(newPassword);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save password")).click();
        page.waitForSelector("h1:has-text('Your password has been changed')");
        assertThat(seriousAccessibilityViolations()).as("password changed").isEmpty();
        TestMail.await(email, "password was changed");

        elsewhere.navigate(url("adviser"));
        elsewhere.waitForURL("**/login");
        otherDevice.close();

        open("login");
        signIn(page, email, newPassword);
        waitForPath("/adviser");
    }

    private static void signIn(Page page, String email, String password) {
        page.waitForSelector("vaadin-login-form");
        page.getByLabel("E-mail address").fill(email);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    }
}
