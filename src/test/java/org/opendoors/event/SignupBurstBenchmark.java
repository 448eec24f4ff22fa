package org.opendoors.event;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.opendoors.SpringTest;
import org.opendoors.TestEvents;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Benchmark, not a test: 1,000 sign-ups from 32 threads at one event; prints sign-ups per second and the 95th
 * percentile latency. Run with {@code ./mvnw test -Dtest=SignupBurstBenchmark -DexcludedGroups= -Dgroups=benchmark}.
 */
@Tag("benchmark")
class SignupBurstBenchmark extends SpringTest {

    @Autowired
    TestEvents events;

    @Autowired
    SignupService signups;

    @Test
    void sign_up_burst_figures() throws Exception {
        EngagementEvent event = events.published("Benchmark breakfast " + System.nanoTime(), 300);
        String run = String.valueOf(System.nanoTime());
        List<Future<Long>> latencies = new ArrayList<>();
        long started = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(32)) {
            for (int i = 0; i < 1000; i++) {
                int n = i;
                String email = "bench" + n + "." + run + "@bench.example";
                latencies.add(pool.submit(() -> {
                    long t0 = System.nanoTime();
                    signups.signUp(event.getId(), new SignupDetails("Bench " + n, null, email, null, null, null, true));
                    return System.nanoTime() - t0;
                }));
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long[] nanos = new long[latencies.size()];
        for (int i = 0; i < nanos.length; i++) {
            nanos[i] = latencies.get(i).get();
        }
        Arrays.sort(nanos);
        System.out.printf("Sign-up burst: 1000 sign-ups from 32 threads in %.2f s = %.0f sign-ups/s; p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
                seconds, 1000 / seconds, nanos[499] / 1e6, nanos[949] / 1e6, nanos[999] / 1e6);
    }
}
