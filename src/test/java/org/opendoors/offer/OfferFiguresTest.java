package org.opendoors.offer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendoors.SpringTest;
import org.opendoors.TestEmployers;
import org.opendoors.TestOffers;
import org.opendoors.base.figures.Bucket;
import org.opendoors.base.figures.Dimension;
import org.opendoors.base.figures.FigureEngine;
import org.opendoors.base.figures.FigureQuery;
import org.opendoors.base.figures.OrganisationKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The offer figures read whole months from the totals the database's triggers keep (V31) and count the days of part
 * months from the offers: both ways give the figures counted by hand, and they follow an offer that changes.
 */
class OfferFiguresTest extends SpringTest {

    @Autowired
    FigureEngine figures;

    @Autowired
    TestEmployers employers;

    @Autowired
    TestOffers offers;

    @Autowired
    JdbcTemplate jdbc;

    private String sector;
    private long closed;

    /** Five offers in a sector of their own: 15 Jan, 1 Feb, 29 Feb, 10 Mar (closed) and 30 Apr 2024. */
    @BeforeEach
    void five_offers_in_a_sector_of_their_own() {
        sector = "Rollup " + System.nanoTime();
        String employer = employers.register(true).email();
        for (String day : List.of("2024-01-15", "2024-02-01", "2024-02-29", "2024-03-10", "2024-04-30")) {
            Offer offer = offers.open(employer, "Tour on " + day, "Workplace tour", sector, null);
            jdbc.update("update offer set created_at = ? where id = ?", LocalDate.parse(day).atTime(14, 30), offer.getId());
            if (day.equals("2024-03-10")) {
                closed = offer.getId();
            }
        }
        jdbc.update("update offer set status = 'CLOSED' where id = ?", closed);
    }

    @Test
    void offers_logged_over_part_and_whole_months_match_the_offers_counted_by_hand() {
        assertThat(logged("2024-01-20", "2024-03-31")).isEqualByComparingTo("3");
        assertThat(logged("2024-02-01", "2024-02-29")).isEqualByComparingTo("2");
        assertThat(logged("2024-01-16", "2024-01-31")).as("no whole month").isEqualByComparingTo("0");
        assertThat(logged(null, "2024-03-05")).isEqualByComparingTo("3");
        assertThat(logged("2024-03-01", null)).isEqualByComparingTo("2");
        assertThat(logged(null, null)).isEqualByComparingTo("5");
        assertThat(figures.count(OfferFigures.LOGGED, query("2024-01-01", "2024-12-31", OrganisationKind.EXTERNAL)).value())
                .as("external organisations are counted from the offers").isEqualByComparingTo("5");
    }

    @Test
    void offers_open_follow_an_offer_that_closes_and_one_that_is_moved_to_another_month() {
        assertThat(open("2024-01-01", "2024-04-30")).isEqualByComparingTo("4");
        jdbc.update("update offer set status = 'OPEN', created_at = '2024-05-02 09:00:00' where id = ?", closed);
        assertThat(open("2024-01-01", "2024-04-30")).isEqualByComparingTo("4");
        assertThat(open("2024-01-01", "2024-05-31")).isEqualByComparingTo("5");
        assertThat(logged("2024-03-01", "2024-03-31")).isEqualByComparingTo("0");
    }

    @Test
    void offers_by_month_add_up_whole_and_part_months() {
        List<Bucket> byMonth = figures.breakdown(figures.get(OfferFigures.LOGGED), query("2024-01-10", "2024-04-30", OrganisationKind.ANY),
                Dimension.MONTH);
        assertThat(byMonth).extracting(Bucket::key).containsExactly("2024-01", "2024-02", "2024-03", "2024-04");
        assertThat(byMonth).extracting(b -> b.value().intValue()).containsExactly(1, 2, 1, 1);
    }

    private BigDecimal logged(String from, String to) {
        return figures.count(OfferFigures.LOGGED, query(from, to, OrganisationKind.ANY)).value();
    }

    private BigDecimal open(String from, String to) {
        return figures.count(OfferFigures.OPEN, query(from, to, OrganisationKind.ANY)).value();
    }

    private FigureQuery query(String from, String to, OrganisationKind kind) {
        return new FigureQuery(from == null ? null : LocalDate.parse(from), to == null ? null : LocalDate.parse(to), null, sector,
                null, kind);
    }
}
