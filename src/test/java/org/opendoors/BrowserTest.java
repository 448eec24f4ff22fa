package org.opendoors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.opendoors.security.Role;
import org.opendoors.security.TestUsers;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * End-to-end tests in Debian's headless Chromium, driven by Playwright, with axe-core for WCAG checks.
 * Playwright never downloads a browser here: it launches /usr/bin/chromium.
 */
public abstract class BrowserTest extends SpringTest {

    private static final List<String> CHROMIUM_FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync");
    private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    protected int port;

    @org.springframework.beans.factory.annotation.Autowired
    private org.springframework.context.ApplicationContext applicationContext;

    protected org.springframework.context.ApplicationContext context() {
        return applicationContext;
    }

    protected BrowserContext browserContext;
    protected Page page;

    @BeforeAll
    static void launchBrowser() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(System.getProperty("opendoors.chromium", "/usr/bin/chromium")))
                .setArgs(CHROMIUM_FLAGS)
                .setHeadless(true));
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
        playwright.close();
    }

    @BeforeEach
    void openPage() {
        browserContext = newContext();
        page = browserContext.newPage();
        page.setDefaultTimeout(30_000);
    }

    @AfterEach
    void closePage() {
        browserContext.close();
    }

    /** A new browser context: its own cookies, so its own session. */
    protected BrowserContext newContext() {
        return browser.newContext(new Browser.NewContextOptions().setLocale("en-GB"));
    }

    /** Signs in through the login form on this page and waits for the role's home view. */
    protected void signIn(Page page, String email, Role role) {
        page.navigate(url("login"));
        page.getByLabel("E-mail address").fill(email);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(TestUsers.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForCondition(() -> page.url().endsWith("/" + role.homeRoute()));
        page.waitForSelector("h1");
    }

    protected String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    /** Opens a page and waits until Vaadin has rendered its heading. */
    protected void open(String path) {
        page.navigate(url(path));
        page.waitForSelector("h1");
    }

    /** Waits for the address bar to end with this path; Vaadin navigates without a page load. */
    protected void waitForPath(String path) {
        page.waitForCondition(() -> page.url().endsWith(path));
    }

    /** axe-core's serious and critical WCAG 2.2 A/AA violations on the current page, described for a failure message. */
    protected List<String> seriousAccessibilityViolations() {
        waitForAnimationsToFinish();
        return new AxeBuilder(page).withTags(WCAG_22_AA).analyze().getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(BrowserTest::describe)
                .toList();
    }

    /**
     * axe measures colours as painted: halfway through a fade-in (e.g. a notification appearing) text is
     * half-transparent and fails contrast, though the finished page passes. Looping animations are ignored.
     */
    private void waitForAnimationsToFinish() {
        try {
            page.waitForFunction("() => document.getAnimations().every(a => a.playState !== 'running'"
                    + " || a.effect.getComputedTiming().iterations === Infinity)", null,
                    new Page.WaitForFunctionOptions().setTimeout(5_000));
        } catch (com.microsoft.playwright.TimeoutError stillMoving) {
            // check the page as it is
        }
    }

    private static String describe(Rule rule) {
        return rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList();
    }
}
