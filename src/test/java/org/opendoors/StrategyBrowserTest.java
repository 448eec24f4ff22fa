package org.opendoors;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendoors.base.figures.OrganisationKind;
import org.opendoors.security.Role;
import org.opendoors.security.TestUsers;
import org.opendoors.strategy.Recommendation;
import org.opendoors.strategy.TestPlans;
import org.springframework.beans.factory.annotation.Autowired;

/** Strategy and insight in a real browser, with axe on the tracker, a recommendation, the update form and the dashboards. */
class StrategyBrowserTest extends BrowserTest {

    @Autowired
    TestPlans plans;

    @Autowired
    TestUsers users;

    private final List<String> violations = new ArrayList<>();

    @Test
    void strategy_and_insight_pages_have_no_serious_accessibility_problems() {
        TestPlans.World world = plans.world(false, "North", "South");
        plans.placement(world, 0, "Apprenticeship", LocalDate.of(2022, 3, 1));
        plans.placement(world, 1, "Apprenticeship", LocalDate.now(clock).minusDays(5));
        Recommendation recommendation = plans.planWithRecommendation("Browser plan " + world.suffix());
        plans.apprenticeships(recommendation.getId(), world, 2, OrganisationKind.ANY);
        long roundId = plans.draftRound(recommendation.getPlanId());
        String engagement = users.create(Role.ENGAGEMENT);

        open("login");
        page.getByLabel("E-mail address").fill(engagement);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(TestUsers.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        waitForPath("/engagement");

        open("strategy?plan=" + recommendation.getPlanId());
        page.getByText("Browser plan " + world.suffix()).first().waitFor();
        check("strategy tracker");
        open("strategy/recommendations/" + recommendation.getId());
        page.locator("svg[role=img]").first().waitFor();
        check("recommendation page");
        open("strategy/rounds/" + roundId);
        page.getByLabel("Evidence of progress").first().waitFor();
        check("progress update form");
        open("insight");
        page.locator("svg[role=img]").first().waitFor();
        check("insight dashboards");
        open("insight/public");
        page.locator("svg[role=img]").first().waitFor();
        check("public insight");
        assertThat(violations).isEmpty();
    }

    private void check(String pageName) {
        seriousAccessibilityViolations().forEach(v -> violations.add(pageName + ": " + v));
    }
}
