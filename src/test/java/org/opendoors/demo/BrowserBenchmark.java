package org.opendoors.demo;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitUntilState;
import com.vaadin.flow.server.startup.ApplicationConfiguration;
import com.vaadin.flow.server.VaadinServletContext;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.catalina.Context;
import org.apache.catalina.Manager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.opendoors.BrowserTest;
import org.opendoors.security.Role;
import org.opendoors.security.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * Prints, in Chromium, the heap each signed-in session holds on the opportunities board (an adviser) and on the
 * organisation list (an engagement officer), and how long each list takes from navigation to its first rows showing,
 * after filling the test database with the scale data generator's volumes ({@code -Dbenchmark.scale=0.1} for a tenth,
 * {@code -Dbenchmark.sessions=} sessions a list, 20 unless told). Not a timed test:
 * {@code ./mvnw test -Dtest=BrowserBenchmark -DexcludedGroups= -Dgroups=benchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
class BrowserBenchmark extends BrowserTest {

    private static final int LOADS = 20;
    private static final int WARM_UP_LOADS = 3;

    /**
     * The named grid's first body row shows text: answers the milliseconds since {@code window.benchmarkStart} (a menu
     * click), or else since the page's navigation began; false until then.
     */
    private static final String FIRST_ROWS_SHOWN = """
            name => {
              const grid = [...document.querySelectorAll('vaadin-grid')].find(g => g.accessibleName === name);
              const row = grid && grid.shadowRoot && grid.shadowRoot.querySelector('#items tr:not([hidden])');
              const slot = row && row.querySelector('td slot');
              const content = slot && slot.assignedElements()[0];
              return content && content.offsetHeight > 0 && content.textContent.trim() !== ''
                  ? performance.now() - (window.benchmarkStart || 0) : false;
            }""";

    /**
     * When the request that builds the view was sent and answered: the page's first UIDL request, sent once Vaadin's
     * client has started (the init request before it only fetches the client's settings).
     */
    private static final String FIRST_UIDL = """
            () => { const r = performance.getEntriesByType('resource').find(e => /[?&]v-r=uidl/.test(e.name));
                    return [r.startTime, r.responseEnd]; }""";

    private static final String CLICK_MENU_ITEM = """
            path => { const item = [...document.querySelectorAll('vaadin-side-nav-item')].find(i => i.path === path);
                      window.benchmarkStart = performance.now();
                      item.shadowRoot.querySelector('a').click(); }""";

    private record ListView(String label, String route, String menuItem, String gridName, Role role) {
    }

    private static final List<ListView> LISTS = List.of(
            new ListView("opportunities board (adviser)", "opportunities", "Opportunities board", "Open opportunities", Role.ADVISER),
            new ListView("organisations (engagement)", "organisations", "Organisations", "Organisations", Role.ENGAGEMENT));

    @Autowired
    ScaleDataGenerator generator;

    @Autowired
    TestUsers users;

    @Autowired
    ServletContext servletContext;

    @BeforeEach
    void scaleData() {
        if (!generator.alreadyGenerated()) {
            double scale = Double.parseDouble(System.getProperty("benchmark.scale", "1"));
            System.out.print(generator.generate(ScaleVolumes.scaled(scale, name -> null)).summary());
        }
    }

    /**
     * Heap after GC before and after N sessions sign in and open a list; of that growth, what ending the sessions frees
     * (what they hold) and what closing the browser contexts frees (the browser driver's objects in this JVM).
     */
    @Test
    void heap_per_signed_in_session() throws InterruptedException {
        int n = Integer.getInteger("benchmark.sessions", 20);
        for (ListView list : LISTS) {
            BrowserContext warmUp = openList(list, users.create(list.role())); // caches and classes a first session fills
            endSessions(List.of(warmUp));
            warmUp.close();
        }
        System.out.printf("Vaadin in %s mode; heap used after GC, per session:%n", mode());
        System.out.printf("%-32s %8s %10s %18s %18s%n", "list", "sessions", "growth", "held by session", "browser driver's");
        for (ListView list : LISTS) {
            List<String> accounts = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                accounts.add(users.create(list.role()));
            }
            Thread.sleep(3_000); // the accounts' welcome mails leave the outbox first
            long before = usedHeapAfterGc();
            List<BrowserContext> sessions = new ArrayList<>();
            for (String account : accounts) {
                sessions.add(openList(list, account));
            }
            long after = usedHeapAfterGc();
            endSessions(sessions);
            long ended = usedHeapAfterGc();
            sessions.forEach(BrowserContext::close);
            long closed = usedHeapAfterGc();
            System.out.printf("%-32s %8d %,7d KB %,15d KB %,15d KB%n", list.label(), n, (after - before) / n / 1024,
                    (after - ended) / n / 1024, (ended - closed) / n / 1024);
        }
    }

    /**
     * In one signed-in browser context, each list opened by its address (a full page load, coming from another page)
     * and from the menu of another page, after warm-up loads fill the browser's cache.
     */
    @Test
    void first_render_in_a_real_browser() {
        System.out.printf("Vaadin in %s mode; milliseconds to the first rows shown, p50 / p95 of %d after %d to warm up:%n",
                mode(), LOADS, WARM_UP_LOADS);
        System.out.printf("%-32s %16s %22s %16s%n", "list", "by address", "(server asked, answered)", "from the menu");
        for (ListView list : LISTS) {
            BrowserContext context = signedIn(list.role(), users.create(list.role()));
            Page page = context.pages().getFirst();
            double[] byAddress = new double[LOADS];
            double[] asked = new double[LOADS];
            double[] answered = new double[LOADS];
            double[] fromMenu = new double[LOADS];
            for (int i = -WARM_UP_LOADS; i < LOADS; i++) {
                page.navigate("about:blank");
                page.navigate(url(list.route()), new Page.NavigateOptions().setWaitUntil(WaitUntilState.COMMIT));
                double shown = firstRowsShown(page, list);
                List<?> uidl = (List<?>) page.evaluate(FIRST_UIDL);
                page.navigate(url(list.role().homeRoute()));
                page.waitForSelector("vaadin-side-nav-item");
                page.evaluate(CLICK_MENU_ITEM, list.route());
                double clicked = firstRowsShown(page, list);
                if (i >= 0) {
                    byAddress[i] = shown;
                    asked[i] = ((Number) uidl.get(0)).doubleValue();
                    answered[i] = ((Number) uidl.get(1)).doubleValue();
                    fromMenu[i] = clicked;
                }
            }
            System.out.printf("%-32s %16s %22s %16s%n", list.label(), percentiles(byAddress),
                    "(%.0f, %.0f)".formatted(median(asked), median(answered)), percentiles(fromMenu));
            context.close();
        }
    }

    private static double firstRowsShown(Page page, ListView list) {
        return ((Number) page.waitForFunction(FIRST_ROWS_SHOWN, list.gridName()).jsonValue()).doubleValue();
    }

    private static String percentiles(double[] ms) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        return "%.0f / %.0f".formatted(sorted[sorted.length / 2], sorted[(int) Math.ceil(sorted.length * 0.95) - 1]);
    }

    private static double median(double[] ms) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** A new session signed in as a new user of the list's role, moved from its home to the list by the menu. */
    private BrowserContext openList(ListView list, String account) {
        BrowserContext context = signedIn(list.role(), account);
        Page page = context.pages().getFirst();
        page.getByLabel("Main menu").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(list.menuItem())
                .setExact(true)).click();
        firstRowsShown(page, list);
        return context;
    }

    private BrowserContext signedIn(Role role, String account) {
        BrowserContext context = newContext();
        Page page = context.newPage();
        page.setDefaultTimeout(120_000);
        signIn(page, account, role);
        return context;
    }

    /** Ends the server's sessions of these browser contexts, as a timeout would; the browser pages stay open. */
    private void endSessions(List<BrowserContext> contexts) {
        TomcatWebServer server = (TomcatWebServer) ((WebServerApplicationContext) context()).getWebServer();
        Manager manager = ((Context) server.getTomcat().getHost().findChildren()[0]).getManager();
        for (BrowserContext context : contexts) {
            String id = context.cookies().stream().filter(c -> c.name.equals("JSESSIONID")).map(c -> c.value)
                    .findFirst().orElseThrow();
            try {
                manager.findSession(id).expire();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private String mode() {
        return ApplicationConfiguration.get(new VaadinServletContext(servletContext)).isProductionMode()
                ? "production" : "development";
    }
}
