package org.opendoors.event;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.opendoors.SpringTest;
import org.opendoors.TestEvents;
import org.opendoors.TestMailServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Benchmark, not a test: 1,000 sign-ups from 32 threads at one event of 300 places, after warm-up bursts at other events; prints sign-ups per second, latency percentiles, the CPU each sign-up cost, and how many places were
 * overbooked, counted from the sign-up rows in the database. The test's mail server runs in this JVM, where a real
 * one would not: it is stopped during the bursts, and the outbox runs with the application's own timings (the tests'
 * retry every second, which would make a stopped server cost more than a running one). Run with
 * {@code ./mvnw test -Dtest=SignupBurstBenchmark -DexcludedGroups= -Dgroups=benchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
@TestPropertySource(properties = {"opendoors.mail.poll-interval=PT5S", "opendoors.mail.retry-base=PT30S", "opendoors.mail.retry-max=PT1H"})
class SignupBurstBenchmark extends SpringTest {

    private static final int SIGNUPS = 1000;
    private static final int THREADS = 32;
    private static final int PLACES = 300;
    private static final int MAX_WARM_UPS = 6;
    private static final long QUIET_COMPILATION_MILLIS = 200;

    @Autowired
    TestEvents events;

    @Autowired
    SignupService signups;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void sign_up_burst_figures() throws Exception {
        TestMailServer.stop();
        try {
            List<Long> warmUps = warmUp();
            EngagementEvent event = events.published("Benchmark breakfast " + System.nanoTime(), PLACES);
            long jvmCpu = jvmCpuNanos();
            long databaseCpu = databaseCpuNanos();
            long compiling = compilationMillis();
            long started = System.nanoTime();
            long[] nanos = burst(event);
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("After %d warm-up bursts (the JIT compiler worked %s ms during each), it worked %d ms during the "
                    + "measured burst%n", warmUps.size(), warmUps, compilationMillis() - compiling);
            System.out.printf("Sign-up burst: %d sign-ups from %d threads in %.2f s = %.0f sign-ups/s; p50 %.1f ms, p95 %.1f ms, "
                            + "max %.1f ms; CPU per sign-up: %.1f ms in the JVM, %.1f ms in the database%n", SIGNUPS, THREADS, seconds,
                    SIGNUPS / seconds, nanos[SIGNUPS / 2 - 1] / 1e6, nanos[SIGNUPS * 95 / 100 - 1] / 1e6, nanos[SIGNUPS - 1] / 1e6,
                    (jvmCpuNanos() - jvmCpu) / 1e6 / SIGNUPS, (databaseCpuNanos() - databaseCpu) / 1e6 / SIGNUPS);
            long confirmed = jdbc.queryForObject("select count(*) from event_signup where event_id = ? and status = 'CONFIRMED'",
                    Long.class, event.getId());
            long waiting = jdbc.queryForObject("select count(*) from event_signup where event_id = ? and status = 'WAITLISTED'",
                    Long.class, event.getId());
            Map<String, Object> row = jdbc.queryForMap("select capacity, confirmed_count from engagement_event where id = ?", event.getId());
            int capacity = ((Number) row.get("capacity")).intValue();
            System.out.printf("Places: capacity %d, %d confirmed and %d waiting in the database, places-taken counter %s; overbooked: %d%n",
                    capacity, confirmed, waiting, row.get("confirmed_count"), Math.max(0, confirmed - capacity));
        } finally {
            TestMailServer.restart();
        }
    }

    /**
     * Bursts at other events until the JIT compiler is nearly idle through one (a server takes a burst long after its
     * start, with its hot code compiled), at most {@value #MAX_WARM_UPS}; then waits for compilations still queued.
     * With a single warm-up burst the C2 compiler took a quarter of the CPU during the measured burst.
     */
    private List<Long> warmUp() throws Exception {
        List<Long> compiledPerBurst = new ArrayList<>();
        long compiled;
        do {
            long before = compilationMillis();
            burst(events.published("Warm-up breakfast " + System.nanoTime(), PLACES));
            compiled = compilationMillis() - before;
            compiledPerBurst.add(compiled);
        } while (compiled > QUIET_COMPILATION_MILLIS && compiledPerBurst.size() < MAX_WARM_UPS);
        long settled;
        do {
            settled = compilationMillis();
            Thread.sleep(1_000);
        } while (compilationMillis() > settled);
        return compiledPerBurst;
    }

    private static long compilationMillis() {
        return ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
    }

    /** Each sign-up's latency in nanoseconds, sorted. */
    private long[] burst(EngagementEvent event) throws Exception {
        String run = String.valueOf(System.nanoTime());
        List<Future<Long>> latencies = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(THREADS)) {
            for (int i = 0; i < SIGNUPS; i++) {
                int n = i;
                String email = "bench" + n + "." + run + "@bench.example";
                latencies.add(pool.submit(() -> {
                    long t0 = System.nanoTime();
                    signups.signUp(event.getId(), new SignupDetails("Bench " + n, null, email, null, null, null, true));
                    return System.nanoTime() - t0;
                }));
            }
        }
        long[] nanos = new long[latencies.size()];
        for (int i = 0; i < nanos.length; i++) {
            nanos[i] = latencies.get(i).get();
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static long jvmCpuNanos() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** The embedded MariaDB runs as a child process of this JVM. */
    private static long databaseCpuNanos() {
        return ProcessHandle.current().descendants()
                .mapToLong(p -> p.info().totalCpuDuration().map(Duration::toNanos).orElse(0L)).sum();
    }
}
