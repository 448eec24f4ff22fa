package org.opendoors.demo;

import static org.opendoors.demo.ListPageTimer.PAGE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import org.springframework.test.context.TestPropertySource;

/**
 * Prints page fetch times (p50/p95 of 20 fetches of 50 rows) at the first, a middle and the last page, and the SQL
 * statements each fetch ran, for the opportunities board (each filter) and the organisation list (filters, name search,
 * sorts), after filling the test database with the scale data generator's volumes ({@code -Dbenchmark.scale=0.1} for a
 * tenth). The first page includes the count the grid asks for; statements are counted by MariaDB ({@code Com_select}).
 * Not a timed test:
 * {@code ./mvnw test -Dtest=ListPageBenchmark -DexcludedGroups= -Dgroups=benchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
@TestPropertySource(properties = {ListPageTimer.QUIET_OUTBOX, ListPageTimer.NO_SMTP, ListPageTimer.QUIET_EVENT_REMINDERS})
class ListPageBenchmark extends SpringTest {

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
        ListPageTimer timer = ListPageTimer.atScale(generator, jdbc);
        long type = jdbc.queryForObject("select id from offer_type where name = 'Mock interview'", Long.class);
        List<BoardFilter> boards = List.of(new BoardFilter(null, null, null, null, null), new BoardFilter(type, null, null, null, null),
                new BoardFilter(null, "Construction", null, null, null), new BoardFilter(null, null, "North", null, null),
                new BoardFilter(null, null, null, OfferMode.VIRTUAL, null), new BoardFilter(null, null, null, null, LocalDate.now()),
                new BoardFilter(null, "Construction", "North", null, null), new BoardFilter(type, null, "North", OfferMode.VIRTUAL, null));
        for (BoardFilter f : boards) {
            timer.measure("board " + describe(f), () -> SystemTask.run(() -> offers.countBoard(f)),
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
            timer.measure(list.label(), () -> SystemTask.run(() -> organisations.count(list.filter())),
                    page -> SystemTask.run(() -> organisations.search(list.filter(), PageRequest.of(page, PAGE, list.sort()))).size());
        }
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
