package org.opendoors.strategy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.opendoors.SpringTest;
import org.opendoors.base.SystemTask;
import org.opendoors.demo.ScaleDataGenerator;
import org.opendoors.demo.ScaleVolumes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Benchmark, not a test: what the stored strategy figures cost to keep, after filling the test database with the scale
 * data generator's volumes ({@code -Dbenchmark.scale=0.1} for a tenth). Prints how long the readings job
 * ({@link MeasureReadingRefresh}) takes to read every live success measure again, on the day's first run (which also
 * counts every measure's chart, {@link MeasureMonthEnds}) and on a later one; and how long a recommendation's charts take
 * to show, stored and when a view has to count them, for up to {@value #RECOMMENDATIONS} recommendations spread over
 * the plans. Run with
 * {@code ./mvnw test -Dtest=MeasureRefreshBenchmark -DexcludedGroups= -Dgroups=benchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
@TestPropertySource(properties = "opendoors.strategy.measure-refresh=PT1H") // the job runs here only when called
class MeasureRefreshBenchmark extends SpringTest {

    private static final int RECOMMENDATIONS = 60;

    @Autowired
    ScaleDataGenerator generator;

    @Autowired
    MeasureReadingRefresh job;

    @Autowired
    SuccessMeasureRepository measures;

    @Autowired
    ActionPlanService plans;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void reading_every_live_measure_and_counting_its_chart() {
        if (!generator.alreadyGenerated()) {
            double scale = Double.parseDouble(System.getProperty("benchmark.scale", "1"));
            System.out.print(generator.generate(ScaleVolumes.scaled(scale, name -> null)).summary());
        }
        int live = measures.liveIds().size();
        jdbc.update("delete from measure_month_end"); // as on a new day: no chart counted yet
        System.out.printf("Readings job, %d live measures: the day's first run (readings and charts) %.1f s, a later run"
                + " (readings) %.1f s%n", live, seconds(job::refreshAll), seconds(job::refreshAll));

        List<Long> sample = sampleOfRecommendations();
        double[] stored = chartViews(sample);
        jdbc.update("delete from measure_month_end"); // every view below finds no chart of the day and counts it
        double[] counted = chartViews(sample);
        System.out.printf("A recommendation's charts, %d recommendations: read stored p50 %.1f ms, p95 %.1f ms; counted by a view"
                + " p50 %.0f ms, p95 %.0f ms, max %.0f ms%n", sample.size(), stored[stored.length / 2], percentile95(stored),
                counted[counted.length / 2], percentile95(counted), counted[counted.length - 1]);
    }

    private List<Long> sampleOfRecommendations() {
        List<Long> all = jdbc.queryForList("""
                select distinct recommendation_id from success_measure where figure_key is not null order by recommendation_id""",
                Long.class);
        List<Long> sample = new ArrayList<>();
        for (int i = 0; i < all.size(); i += Math.max(1, all.size() / RECOMMENDATIONS)) {
            sample.add(all.get(i));
        }
        return sample;
    }

    /** Milliseconds each recommendation's charts took, sorted. */
    private double[] chartViews(List<Long> recommendations) {
        double[] ms = new double[recommendations.size()];
        for (int i = 0; i < ms.length; i++) {
            long recommendation = recommendations.get(i);
            ms[i] = seconds(() -> SystemTask.run(() -> plans.charts(recommendation))) * 1000;
        }
        Arrays.sort(ms);
        return ms;
    }

    private static double percentile95(double[] sorted) {
        return sorted[(int) Math.ceil(sorted.length * 0.95) - 1];
    }

    private static double seconds(Runnable work) {
        long started = System.nanoTime();
        work.run();
        return (System.nanoTime() - started) / 1e9;
    }
}
