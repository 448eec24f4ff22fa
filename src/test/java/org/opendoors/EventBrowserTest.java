package org.opendoors;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendoors.event.EngagementEvent;
import org.springframework.beans.factory.annotation.Autowired;

/** A member of the public signs up for an event in a real browser, with axe on every page. */
class EventBrowserTest extends BrowserTest {

    @Autowired
    TestEvents events;

    private final List<String> violations = new ArrayList<>();

    @Test
    void the_public_signs_up_for_an_event_with_no_serious_accessibility_problems() {
        EngagementEvent event = events.published("Browser breakfast " + System.nanoTime(), 20);
        String email = "visitor." + System.nanoTime() + "@example.org";
        open("events");
        check("events");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(event.getTitle())).click();
        waitForPath("/events/" + event.getId());
        page.getByLabel("Full name").waitFor();
        check("event page");

        page.getByLabel("Full name").fill("Val Visitor");
        page.getByLabel("E-mail address").fill(email);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign up")).click();
        page.getByText("Tick the box to agree").waitFor();
        check("event page with an error");

        page.getByText("I agree that the council may keep these details to run this event").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign up")).click();
        page.getByText("Check your e-mail").waitFor();
        check("signed up");
        TestMail.await(email, "You're booked");
        assertThat(violations).isEmpty();
    }

    private void check(String pageName) {
        seriousAccessibilityViolations().forEach(v -> violations.add(pageName + ": " + v));
    }
}
