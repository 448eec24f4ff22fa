package org.opendoors.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;
import org.opendoors.SpringTest;
import org.opendoors.TestEmployers;
import org.opendoors.TestOffers;
import org.opendoors.base.csv.CsvRecords;
import org.opendoors.security.Role;
import org.opendoors.security.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/** The board's and an employer's offer CSVs: the rows the lists show, with the lists' filters and access. */
class OfferExportTest extends SpringTest {

    @Autowired
    OfferExport export;

    @Autowired
    OfferService offers;

    @Autowired
    TestOffers testOffers;

    @Autowired
    TestEmployers employers;

    @Autowired
    TestUsers users;

    @Test
    void the_board_file_holds_the_offers_the_board_shows_for_the_same_filter() {
        String suffix = String.valueOf(System.nanoTime());
        String sector = "Board sector " + suffix;
        String employer = employers.register(false).email();
        testOffers.open(employer, "Site visit " + suffix, "Taster day", sector, null);
        testOffers.open(employer, "+Interview practice " + suffix, "Taster day", sector, null);
        testOffers.open(employer, "Other sector visit " + suffix, "Taster day", "Elsewhere " + suffix, null);
        testOffers.openWithoutVetting(employers.register(false).email(), "Unvetted visit " + suffix, "Taster day", sector, null);
        BoardFilter filter = new BoardFilter(null, sector, null, null, null);
        String adviser = users.create(Role.ADVISER);

        var records = users.runAs(adviser, () -> CsvRecords.read(out -> export.board(filter, out)));
        var shown = users.runAs(adviser, () -> offers.board(filter, PageRequest.of(0, 50)));

        assertThat(shown).hasSize(2);
        assertThat(records).extracting(r -> r.get("Opportunity")).containsExactlyInAnyOrderElementsOf(
                shown.stream().map(r -> r.title().startsWith("+") ? "'" + r.title() : r.title()).toList());
        assertThat(records).extracting(r -> r.get("Opportunity"))
                .doesNotContain("Other sector visit " + suffix, "Unvetted visit " + suffix);
        assertThat(records).extracting(r -> r.get("Sector")).containsOnly(sector);
    }

    @Test
    void an_employer_file_holds_its_own_offers_and_no_other_organisation_s() {
        String suffix = String.valueOf(System.nanoTime());
        String ours = employers.register(false).email();
        String theirs = employers.register(false).email();
        testOffers.open(ours, "Our taster " + suffix, "Taster day", "Retail", null);
        testOffers.open(theirs, "Their taster " + suffix, "Taster day", "Retail", null);

        var records = users.runAs(ours, () -> CsvRecords.read(export::mine));

        assertThat(records).extracting(r -> r.get("Offer")).containsExactly("Our taster " + suffix);
    }

    @Test
    void only_advisers_and_council_staff_may_download_the_board() {
        String employer = employers.register(false).email();
        assertThatThrownBy(() -> users.runAs(employer, () -> {
            export.board(new BoardFilter(null, null, null, null, null), new ByteArrayOutputStream());
            return null;
        })).isInstanceOf(AccessDeniedException.class);
    }
}
