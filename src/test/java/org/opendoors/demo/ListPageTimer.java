package org.opendoors.demo;

import java.util.Arrays;
import java.util.function.IntFunction;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Measures list pages for the list benchmarks, after filling the database with the scale data generator's volumes
 * ({@code -Dbenchmark.scale=0.1} for a tenth; a database that already holds them is reused): p50/p95 of 20 fetches of
 * 50 rows at the first, a middle and the last page, and the SQL statements one fetch ran, counted by MariaDB
 * ({@code Com_select}). The first page includes the count the grid asks for, if it asks for one.
 */
final class ListPageTimer {

    static final int PAGE = 50;
    /** Statements are counted server-wide: the scheduled outbox and event reminder polls must not fall inside a fetch. */
    static final String QUIET_OUTBOX = "opendoors.mail.poll-interval=PT1H";
    /**
     * Nor may e-mail be sent: the outbox's first poll, at start, would send a batch of the generated queue (50 e-mails
     * at full volume, a few seconds of statements) while the first lists are measured. With no SMTP server, mail waits.
     */
    static final String NO_SMTP = "opendoors.smtp.host=";
    static final String QUIET_EVENT_REMINDERS = "opendoors.events.reminder-poll=PT1H";
    static final String QUIET_MEASURE_READINGS = "opendoors.strategy.measure-refresh=PT1H";
    private static final int RUNS = 20;
    private static final String COLUMNS = "%-46s %9s  %-24s %-24s %-24s%n";

    private final JdbcTemplate jdbc;

    private ListPageTimer(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Generates the volumes unless the database holds them already, then prints the table's header. */
    static ListPageTimer atScale(ScaleDataGenerator generator, JdbcTemplate jdbc) {
        double scale = Double.parseDouble(System.getProperty("benchmark.scale", "1"));
        if (!generator.alreadyGenerated()) {
            System.out.print(generator.generate(ScaleVolumes.scaled(scale, name -> null)).summary());
        }
        System.out.printf(COLUMNS, "list (50 rows a page)", "rows", "first page + count", "middle page", "last page");
        return new ListPageTimer(jdbc);
    }

    /** A paged list: {@code fetch} reads the page with the given number and returns its size. */
    void measure(String label, LongSupplier count, IntFunction<Integer> fetch) {
        pages(label, count.getAsLong(), () -> {
            count.getAsLong();
            fetch.apply(0);
        }, fetch);
    }

    /** A paged list whose grid asks for no count (it grows as it is scrolled): {@code rows} is only printed. */
    void measureWithoutCount(String label, long rows, IntFunction<Integer> fetch) {
        pages(label, rows, () -> fetch.apply(0), fetch);
    }

    private void pages(String label, long rows, Runnable firstPage, IntFunction<Integer> fetch) {
        int last = (int) Math.max(0, (rows - 1) / PAGE);
        String first = timing(firstPage);
        String middle = timing(() -> fetch.apply(last / 2));
        String end = timing(() -> fetch.apply(last));
        System.out.printf(COLUMNS.replace("%9s", "%,9d"), label, rows, first, middle, end);
    }

    /** A list shown whole (it is short by nature or capped): one fetch returning its rows. */
    void measureWhole(String label, Supplier<Integer> fetch) {
        int rows = fetch.get();
        System.out.printf(COLUMNS.replace("%9s", "%,9d"), label, rows, timing(fetch::get), "(whole list)", "");
    }

    /** p50 / p95 in ms and the statements one run took (the median of the runs: a scheduled job may add one). */
    private String timing(Runnable run) {
        for (int i = 0; i < 3; i++) {
            run.run();
        }
        double[] ms = new double[RUNS];
        long[] statements = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long before = selects();
            long t0 = System.nanoTime();
            run.run();
            ms[i] = (System.nanoTime() - t0) / 1e6;
            statements[i] = selects() - before - 1; // less the second reading itself
        }
        Arrays.sort(ms);
        Arrays.sort(statements);
        return String.format("%5.1f / %5.1f ms, %d SQL", ms[RUNS / 2], ms[(int) Math.ceil(RUNS * 0.95) - 1], statements[RUNS / 2]);
    }

    private long selects() {
        return jdbc.queryForObject("select variable_value from information_schema.global_status where variable_name = 'COM_SELECT'",
                Long.class);
    }
}
