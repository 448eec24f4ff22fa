package org.opendoors;

import java.lang.management.ManagementFactory;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * For benchmarks: how much the live heap grows while some work runs. The baseline is the heap in use after a full
 * collection; during the work a full collection every second measures what is still reachable (a young collection's
 * figure would count dead objects already promoted), and the largest is the peak; after the work another full
 * collection gives what stayed. The collections slow the work a little.
 */
public final class HeapGrowth implements AutoCloseable {

    private final long baseline = usedAfterFullCollection();
    private final AtomicLong peak = new AtomicLong(baseline);
    private final AtomicInteger samples = new AtomicInteger();
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
    private long retained;

    private HeapGrowth() {
        sampler.scheduleWithFixedDelay(() -> {
            peak.accumulateAndGet(usedAfterFullCollection(), Math::max);
            samples.incrementAndGet();
        }, 1, 1, TimeUnit.SECONDS);
    }

    /** Starts watching now, from a freshly collected heap. */
    public static HeapGrowth watch() {
        return new HeapGrowth();
    }

    /** Stops watching and collects once more to see what stayed. */
    @Override
    public void close() {
        sampler.shutdownNow();
        retained = usedAfterFullCollection() - baseline;
    }

    /** The most the live heap grew above the baseline while the work ran. */
    public long peakGrowthBytes() {
        return Math.max(0, peak.get() - baseline);
    }

    public long retainedBytes() {
        return retained;
    }

    /** e.g. "live heap growth: peak 12.3 MB (13 samples), 0.4 MB retained (baseline 180.2 MB)". */
    public String summary() {
        return "live heap growth: peak %.1f MB (%d samples, a full collection each), %.1f MB retained (baseline %.1f MB)"
                .formatted(peakGrowthBytes() / 1048576.0, samples.get(), retained / 1048576.0, baseline / 1048576.0);
    }

    private static long usedAfterFullCollection() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
