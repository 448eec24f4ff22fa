package org.opendoors.offer;

import java.io.OutputStream;
import org.opendoors.base.csv.CsvColumns;
import org.opendoors.base.csv.KeysetCsv;
import org.opendoors.organisation.OrganisationAccess;
import org.opendoors.security.AppRoles;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The opportunities board and an employer's own offers as CSV, streamed, with the same filters and access as the lists. */
@Service
public class OfferExport {

    static final CsvColumns<BoardRow> BOARD = CsvColumns.of(BoardRow.class)
            .add("Opportunity", BoardRow::title)
            .add("Type", BoardRow::type)
            .add("Employer", BoardRow::organisation)
            .add("When", r -> r.timing().label())
            .add("Starts on", BoardRow::startsOn)
            .add("How", r -> r.mode().label())
            .add("Sector", BoardRow::sector)
            .add("Area", BoardRow::area)
            .add("Places", BoardRow::places)
            .add("Ringfenced", BoardRow::ringfenced);

    static final CsvColumns<Offer> OWN = CsvColumns.of(Offer.class)
            .add("Offer", Offer::getTitle)
            .add("Type", o -> o.getType().getName())
            .add("When", Offer::when)
            .add("Starts on", Offer::getStartsOn)
            .add("How", o -> o.getMode().label())
            .add("Places", Offer::getPlaces)
            .add("Status", o -> o.getStatus().label());

    private final OfferRepository offers;
    private final OrganisationAccess access;
    private final KeysetCsv keyset;
    private final BoardQuery board;

    OfferExport(OfferRepository offers, OrganisationAccess access, KeysetCsv keyset, BoardQuery board) {
        this.board = board;
        this.offers = offers;
        this.access = access;
        this.keyset = keyset;
    }

    @Transactional(readOnly = true)
    @Secured({AppRoles.ROLE_ADVISER, AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN})
    public void board(BoardFilter f, OutputStream out) {
        BoardFilter filter = OfferService.withoutBlanks(f);
        keyset.write(out, BOARD, Offer.class, (afterId, upToId) -> board.between(filter, afterId, upToId));
    }

    /** The signed-in employer's offers, and only theirs. */
    @Transactional(readOnly = true)
    @Secured(AppRoles.ROLE_EMPLOYER)
    public void mine(OutputStream out) {
        long organisationId = access.ownOrganisationId();
        keyset.write(out, OWN, Offer.class,
                (afterId, upToId) -> offers.findByOrganisationIdAndIdBetweenOrderById(organisationId, afterId + 1, upToId));
    }
}
