package org.opendoors.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.opendoors.SpringTest;
import org.opendoors.base.SystemTask;
import org.opendoors.offer.BoardFilter;
import org.opendoors.offer.OfferMode;
import org.opendoors.offer.OfferService;
import org.opendoors.organisation.OrganisationFilter;
import org.opendoors.organisation.OrganisationService;
import org.opendoors.organisation.OrganisationStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Prints page fetch times (p50/p95 of 20 fetches of 50 rows) at the first, a middle and the last page, and the SQL
 * statements each fetch ran, for the opportunities board (each filter) and the organisation list (filters, name search,
 * sorts), after filling the test database with the scale data generator's volumes ({@code -Dbenchmark.scale=0.1} for a
 * tenth). The first page includes the count the grid asks for; statements are counted by MariaDB ({@code Com_select}).
 * Not a timed test:
 * {@code ./mvnw test -Dtest=ListPageBenchmark -DexcludedGroups= -Dgroups=benchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
class ListPageBenchmark extends SpringTest {

    private static final int PAGE = 50;
    private static final int RUNS = 20;

    @Autowired
    ScaleDataGenerator generator;

    @Autowired
    OfferService offers;

    @Autowired
    OrganisationService organisations;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void list_pages_at_scale() {
        double scale = Double.parseDouble(System.getProperty("benchmark.scale", "1"));
        if (!generator.alreadyGenerated()) {
            System.out.print(generator.generate(ScaleVolumes.scaled(scale, name -> null)).summary());
        }
        long type = jdbc.queryForObject("select id from offer_type where name = 'Mock interview'", Long.class);
        List<BoardFilter> boards = List.of(new BoardFilter(null, null, null, null, null), new BoardFilter(type, null, null, null, null),
                new BoardFilter(null, "Construction", null, null, null), new BoardFilter(null, null, "North", null, null),
                new BoardFilter(null, null, null, OfferMode.VIRTUAL, null), new BoardFilter(null, null, null, null, LocalDate.now()));
        System.out.printf("%-46s %9s  %-24s %-24s %-24s%n", "list (50 rows a page)", "rows", "first page + count",
                "middle page", "last page");
        for (BoardFilter f : boards) {
            measure("board " + describe(f), () -> SystemTask.run(() -> offers.countBoard(f)),
                    page -> SystemTask.run(() -> offers.board(f, PageRequest.of(page, PAGE))).size());
        }
        Sort byName = Sort.by("name").and(Sort.by("id"));
        record OrganisationList(String label, OrganisationFilter filter, Sort sort) {
        }
        for (OrganisationList list : List.of(
                new OrganisationList("organisations by name", OrganisationFilter.none(), byName),
                new OrganisationList("organisations named like 'harbour'", new OrganisationFilter("harbour", null, null, null, null, false), byName),
                new OrganisationList("organisations named like 'kingsway care'", new OrganisationFilter("kingsway care", null, null, null, null, false), byName),
                new OrganisationList("organisations engaged, by name", new OrganisationFilter(null, OrganisationStatus.ENGAGED, null, null, null, false), byName),
                new OrganisationList("organisations in North, by sector desc", new OrganisationFilter(null, null, null, "North", null, false),
                        Sort.by(Sort.Order.desc("sector"), Sort.Order.asc("id"))))) {
            measure(list.label(), () -> SystemTask.run(() -> organisations.count(list.filter())),
                    page -> SystemTask.run(() -> organisations.search(list.filter(), PageRequest.of(page, PAGE, list.sort()))).size());
        }
    }

    private void measure(String label, LongSupplier count, IntFunction<Integer> fetch) {
        long rows = count.getAsLong();
        int last = (int) Math.max(0, (rows - 1) / PAGE);
        String first = timing(() -> {
            count.getAsLong();
            fetch.apply(0);
        });
        String middle = timing(() -> fetch.apply(last / 2));
        String end = timing(() -> fetch.apply(last));
        System.out.printf("%-46s %,9d  %-24s %-24s %-24s%n", label, rows, first, middle, end);
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

    private static String describe(BoardFilter f) {
        List<String> parts = new ArrayList<>();
        if (f.typeId() != null) {
            parts.add("type");
        }
        if (f.sector() != null) {
            parts.add("sector " + f.sector());
        }
        if (f.area() != null) {
            parts.add("area " + f.area());
        }
        if (f.mode() != null) {
            parts.add("mode " + f.mode());
        }
        if (f.from() != null) {
            parts.add("from today");
        }
        return parts.isEmpty() ? "(any)" : String.join(", ", parts);
    }
}
