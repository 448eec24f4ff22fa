package org.opendoors.offer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendoors.SpringTest;
import org.opendoors.base.SystemTask;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The opportunities board read from its stored sort key (V32): the same rows in the same order as the board's
 * definition (open offers of vetted organisations, dated ones soonest first, undated last), with each filter, on the
 * first page and on pages deep enough to be read from the end.
 */
class BoardQueryTest extends SpringTest {

    @Autowired
    OfferService offers;

    @Autowired
    JdbcTemplate jdbc;

    /** A sector of its own, so the test sees only its offers whatever else the database holds. */
    String sector;
    long vetted;
    long duplicate;

    @BeforeEach
    void manyOffersOverTwoOrganisations() {
        sector = "Board test " + System.nanoTime();
        vetted = organisation(sector, "Board Test Vetted Ltd", null);
        duplicate = organisation(sector, "Board Test Duplicate Ltd", vetted);
        // 24,000 offers: dated (a few days share a date), recurring with a first date, on request; open, full or closed
        jdbc.update("""
                insert into offer (version, organisation_id, offer_type_id, title, mode, timing, starts_on, places, sector, area,
                                   ringfenced, status, created_at)
                select 0, if(seq % 11 = 0, ?, ?), (select min(id) from offer_type) + seq % 3, concat('Board test offer ', seq),
                       elt(1 + seq div 5 % 3, 'IN_PERSON', 'VIRTUAL', 'EITHER'),
                       elt(1 + seq div 2 % 3, 'ON_DATE', 'RECURRING', 'ON_REQUEST'),
                       if(seq div 2 % 3 = 2, null, date '2027-01-01' + interval seq % 400 day), 1, ?, elt(1 + seq % 2, 'North', 'East'),
                       false, elt(1 + seq % 5, 'OPEN', 'OPEN', 'OPEN', 'FULL', 'CLOSED'), now()
                from seq_1_to_24000""", duplicate, vetted, sector);
    }

    @AfterEach
    void removeThem() {
        jdbc.update("delete from offer where sector = ?", sector);
        jdbc.update("delete from organisation where sector = ?", sector);
    }

    @Test
    void the_board_lists_open_offers_of_vetted_organisations_dated_soonest_first_then_undated_with_every_filter() {
        long type = jdbc.queryForObject("select min(id) + 1 from offer_type", Long.class);
        List<BoardFilter> filters = List.of(
                new BoardFilter(null, sector, null, null, null),
                new BoardFilter(type, sector, null, null, null),
                new BoardFilter(null, sector, "North", null, null),
                new BoardFilter(null, sector, null, OfferMode.VIRTUAL, null),
                new BoardFilter(null, sector, null, null, LocalDate.of(2027, 6, 1)),
                new BoardFilter(type, sector, "East", OfferMode.EITHER, LocalDate.of(2027, 3, 1)));
        for (BoardFilter filter : filters) {
            List<Long> expected = expected(filter);
            assertThat(expected).as("offers matching %s", filter).isNotEmpty();
            assertThat(SystemTask.run(() -> offers.countBoard(filter))).isEqualTo(expected.size());
            int last = (expected.size() - 1) / 50;
            for (int page : List.of(0, 1, last / 2, last - 1, last)) {
                List<Long> ids = SystemTask.run(() -> offers.board(filter, PageRequest.of(Math.max(0, page), 50))).stream()
                        .map(BoardRow::offerId).toList();
                assertThat(ids).as("page %d of %s", page, filter)
                        .isEqualTo(expected.subList(Math.max(0, page) * 50, Math.min(expected.size(), Math.max(0, page) * 50 + 50)));
            }
        }
    }

    @Test
    void an_organisation_gains_and_loses_its_offers_on_the_board_as_its_vetting_changes() {
        BoardFilter mine = new BoardFilter(null, sector, null, null, null);
        long before = SystemTask.run(() -> offers.countBoard(mine));
        jdbc.update("update organisation set possible_duplicate_of = null where id = ?", duplicate);
        long open = jdbc.queryForObject("select count(*) from offer where organisation_id = ? and status = 'OPEN'", Long.class, duplicate);
        assertThat(SystemTask.run(() -> offers.countBoard(mine))).isEqualTo(before + open);
        jdbc.update("update organisation set vetted_at = null where id = ?", vetted);
        assertThat(SystemTask.run(() -> offers.countBoard(mine))).isEqualTo(open);
        jdbc.update("update offer set status = 'CLOSED' where organisation_id = ?", duplicate);
        assertThat(SystemTask.run(() -> offers.countBoard(mine))).isZero();
    }

    /** The board's definition before V32, without the stored keys. */
    private List<Long> expected(BoardFilter f) {
        return jdbc.queryForList("""
                select o.id from offer o join organisation org on org.id = o.organisation_id
                where o.status = 'OPEN' and (org.pledge_in_force or org.vetted_at is not null) and org.merged_into is null
                  and org.possible_duplicate_of is null and o.sector = ?
                  and (? is null or o.offer_type_id = ?) and (? is null or o.area = ?) and (? is null or o.mode = ?)
                  and (? is null or o.starts_on >= ? or o.timing <> 'ON_DATE')
                order by case when o.starts_on is null then 1 else 0 end, o.starts_on, o.id""", Long.class,
                f.sector(), f.typeId(), f.typeId(), f.area(), f.area(), f.mode() == null ? null : f.mode().name(),
                f.mode() == null ? null : f.mode().name(), f.from(), f.from());
    }

    private long organisation(String sector, String name, Long duplicateOf) {
        jdbc.update("""
                insert into organisation (version, name, sector, area, status, created_at, vetted_at, possible_duplicate_of)
                values (0, ?, ?, 'North', 'ENGAGED', now(), now(), ?)""", name, sector, duplicateOf);
        return jdbc.queryForObject("select max(id) from organisation where sector = ?", Long.class, sector);
    }
}
