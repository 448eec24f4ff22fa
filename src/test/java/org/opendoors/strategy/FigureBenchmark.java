package org.opendoors.strategy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.opendoors.SpringTest;
import org.opendoors.base.SystemTask;
import org.opendoors.base.figures.Dimension;
import org.opendoors.base.figures.FigureEngine;
import org.opendoors.base.figures.FigureQuery;
import org.opendoors.base.figures.FigureSpec;
import org.opendoors.base.figures.OrganisationKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Prints how long each dashboard figure, a live measure and the progress update PDF take with 1,000,000 offers and
 * 100,000 placements (override with -Dbenchmark.offers= and -Dbenchmark.placements=). Not a timed test:
 * {@code ./mvnw test -Dtest=FigureBenchmark -DexcludedGroups= -Dgroups=benchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
class FigureBenchmark extends SpringTest {

    static final String[] AREAS = {"Central", "North", "East", "West", "Seafront"};
    static final String[] SECTORS = {"Construction", "Retail", "Hospitality", "Health and social care", "Digital and technology"};

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    FigureEngine figures;

    @Autowired
    TestPlans plans;

    @Autowired
    StrategyReports reports;

    @Test
    void figures_at_scale() {
        int offers = Integer.getInteger("benchmark.offers", 1_000_000);
        int placements = Integer.getInteger("benchmark.placements", 100_000);
        long start = System.nanoTime();
        long firstOrg = seed(offers, placements);
        System.out.printf("Seeded %,d offers and %,d placements in %.1f s%n", offers, placements, (System.nanoTime() - start) / 1e9);
        jdbc.execute("analyze table offer, placement, delivery, pledge, sustainment_check, organisation");
        LocalDate to = LocalDate.now();
        LocalDate from = YearMonth.now().minusMonths(11).atDay(1);
        for (FigureSpec spec : figures.catalogue()) {
            long t0 = System.nanoTime();
            var value = figures.count(spec, FigureQuery.between(from, to));
            long t1 = System.nanoTime();
            figures.breakdown(spec, FigureQuery.between(from, to), Dimension.MONTH);
            long t2 = System.nanoTime();
            figures.breakdown(spec, FigureQuery.between(from, to), Dimension.AREA);
            long t3 = System.nanoTime();
            System.out.printf("%-28s total %12s in %6.1f ms; by month %6.1f ms; by area %6.1f ms%n", spec.key(), value.plain(),
                    (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6);
        }
        long t0 = System.nanoTime();
        var live = figures.count("placements.started", new FigureQuery(LocalDate.now().minusYears(2), to, null, "Construction",
                "Apprenticeship", OrganisationKind.EXTERNAL));
        System.out.printf("live measure (apprenticeships, construction, external, across areas): %s in %d areas, %.1f ms%n",
                live.plain(), live.areas(), (System.nanoTime() - t0) / 1e6);
        Recommendation r = plans.planWithRecommendation("Benchmark " + firstOrg);
        t0 = System.nanoTime();
        SystemTask.run(() -> reports.progressUpdatePdf(r.getPlanId()));
        System.out.printf("progress update PDF: %.1f ms%n", (System.nanoTime() - t0) / 1e6);
    }

    /** Organisations, offers, deliveries and placements spread over two years, written by SQL for speed. */
    private long seed(int offers, int placements) {
        Long before = jdbc.queryForObject("select coalesce(max(id), 0) from organisation", Long.class);
        jdbc.update("insert into organisation (version, name, sector, area, status, organisation_type, created_at) "
                + "select 0, concat('Benchmark employer ', seq), elt(1 + seq % 5, ?, ?, ?, ?, ?), elt(1 + seq % 5, ?, ?, ?, ?, ?), "
                + "'ENGAGED', if(seq % 10 = 0, 'PUBLIC_BODY', 'BUSINESS'), now() from seq_1_to_1000", (Object[]) concat(SECTORS, AREAS));
        jdbc.update("insert into offer (version, organisation_id, offer_type_id, title, mode, timing, places, sector, area, ringfenced, "
                + "status, created_at) select 0, ? + 1 + seq % 1000, 1 + seq % 17, 'Benchmark offer', 'IN_PERSON', 'ON_REQUEST', 1, "
                + "elt(1 + seq % 5, ?, ?, ?, ?, ?), elt(1 + (seq div 5) % 5, ?, ?, ?, ?, ?), false, "
                + "if(seq % 3 = 0, 'CLOSED', 'OPEN'), now() - interval (seq % 730) day from seq_1_to_" + offers,
                (Object[]) concat(new String[] {String.valueOf(before)}, concat(SECTORS, AREAS)));
        jdbc.update("insert into delivery (version, offer_id, organisation_id, delivered_on, young_people, hours) "
                + "select 0, id, organisation_id, date(created_at) + interval 7 day, 1 + id % 6, 2.5 from offer "
                + "where title = 'Benchmark offer' and id % 10 = 0");
        jdbc.update("insert into placement (version, young_person_ref, organisation_id, offer_type_id, start_date, owner_user_id) "
                + "select 0, 'YP-1000', ? + 1 + seq % 1000, 1 + seq % 17, curdate() - interval (seq % 730) day, 1 "
                + "from seq_1_to_" + placements, before);
        return before + 1;
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
