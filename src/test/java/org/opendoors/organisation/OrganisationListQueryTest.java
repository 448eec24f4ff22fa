package org.opendoors.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendoors.SpringTest;
import org.opendoors.base.SystemTask;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The organisation list read from its covering indexes (V33) and its name words (V34): the same rows in the same order as a plain sort, for
 * filters, name search and each sort, on the first page and on pages deep enough to be read from the end.
 */
class OrganisationListQueryTest extends SpringTest {

    @Autowired
    OrganisationService organisations;

    @Autowired
    JdbcTemplate jdbc;

    /** A sector of its own, so the test sees only its organisations whatever else the database holds. */
    String sector;

    @BeforeEach
    void manyOrganisations() {
        sector = "List test " + System.nanoTime();
        jdbc.update("""
                insert into organisation (version, name, sector, area, status, created_at, merged_into)
                select 0, concat(elt(1 + seq % 4, 'Harbour', 'Kingsway', 'Estuary', 'Pier'), ' ', seq % 997, ' Ltd'), ?,
                       elt(1 + seq % 3, 'North', 'East', 'West'), elt(1 + seq % 4, 'PROSPECT', 'ENGAGED', 'PLEDGED', 'LAPSED'), now(),
                       if(seq % 50 = 0, (select min(id) from organisation), null)
                from seq_1_to_24000""", sector);
    }

    @AfterEach
    void removeThem() {
        jdbc.update("delete from organisation where sector = ?", sector);
    }

    @Test
    void every_page_matches_a_plain_sort_with_each_filter_and_sort_and_merged_organisations_never_show() {
        record Case(OrganisationFilter filter, Sort sort, String orderBy) {
        }
        List<Case> cases = List.of(
                new Case(filter(null, null, null), Sort.by("name", "id"), "name, id"),
                new Case(filter("harbour 1", null, null), Sort.by("name", "id"), "name, id"), // a short word: searched as typed
                new Case(filter("kingsway", null, null), Sort.by("name", "id"), "name, id"), // by word, from the FULLTEXT index
                new Case(filter(null, OrganisationStatus.ENGAGED, null), Sort.by("name", "id"), "name, id"),
                new Case(filter(null, null, "North"), Sort.by(Sort.Order.desc("status"), Sort.Order.asc("id")),
                        "status desc, name desc, id desc"),
                new Case(filter(null, null, null), Sort.by(Sort.Order.asc("area"), Sort.Order.asc("id")), "area, name, id"));
        for (Case c : cases) {
            List<Long> expected = expected(c.filter(), c.orderBy());
            assertThat(expected).as("organisations matching %s", c.filter()).isNotEmpty();
            assertThat(SystemTask.run(() -> organisations.count(c.filter()))).isEqualTo(expected.size());
            int last = (expected.size() - 1) / 50;
            for (int page : List.of(0, 1, last / 2, last - 1, last)) {
                int p = Math.max(0, page);
                List<Long> ids = SystemTask.run(() -> organisations.search(c.filter(), PageRequest.of(p, 50, c.sort()))).stream()
                        .map(Organisation::getId).toList();
                assertThat(ids).as("page %d of %s sorted by %s", p, c.filter(), c.orderBy())
                        .isEqualTo(expected.subList(p * 50, Math.min(expected.size(), p * 50 + 50)));
            }
        }
    }

    private OrganisationFilter filter(String name, OrganisationStatus status, String area) {
        return new OrganisationFilter(name, status, sector, area, null, false);
    }

    private List<Long> expected(OrganisationFilter f, String orderBy) {
        return jdbc.queryForList("""
                select id from organisation
                where merged_into is null and sector = ? and (? is null or name like concat('%', ?, '%'))
                  and (? is null or status = ?) and (? is null or area = ?)
                order by\s""" + orderBy, Long.class, f.sector(), f.name(), f.name(),
                f.status() == null ? null : f.status().name(), f.status() == null ? null : f.status().name(), f.area(), f.area());
    }
}
