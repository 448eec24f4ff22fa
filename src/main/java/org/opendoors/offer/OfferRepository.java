package org.opendoors.offer;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OfferRepository extends JpaRepository<Offer, Long> {

    List<Offer> findByOrganisationIdOrderByIdDesc(long organisationId, Pageable pageable);

    long countByOrganisationId(long organisationId);

    /** The board's rows: open offers with their organisation's name, in one statement. */
    String BOARD_ROWS = """
            select new org.opendoors.offer.BoardRow(o.id, t.name, o.title, org.name, o.mode, o.timing, o.startsOn,
                   o.sector, o.area, o.places, o.ringfenced)
            from Offer o join o.type t, org.opendoors.organisation.Organisation org
            """;

    /**
     * Which offers the board shows: only offers of vetted organisations (a pledge in force or checked by the
     * engagement team) that are neither merged nor possible duplicates, narrowed by the board's filters.
     */
    String BOARD_WHERE = """
            where org.id = o.organisationId and o.status = org.opendoors.offer.OfferStatus.OPEN
              and (org.pledgeInForce = true or org.vettedAt is not null)
              and org.mergedInto is null and org.possibleDuplicateOf is null
              and (:typeId is null or o.type.id = :typeId)
              and (:sector is null or o.sector = :sector)
              and (:area is null or o.area = :area)
              and (:mode is null or o.mode = :mode)
              and (:from is null or o.startsOn >= :from or o.timing <> org.opendoors.offer.OfferTiming.ON_DATE)
            """;

    @Query(BOARD_ROWS + BOARD_WHERE + "order by case when o.startsOn is null then 1 else 0 end, o.startsOn, o.id")
    List<BoardRow> board(Long typeId, String sector, String area, OfferMode mode, LocalDate from, Pageable pageable);

    /** The same rows in id order within a window, for the CSV export. */
    @Query(BOARD_ROWS + BOARD_WHERE + "and o.id > :afterId and o.id <= :upToId order by o.id")
    List<BoardRow> boardBetween(Long typeId, String sector, String area, OfferMode mode, LocalDate from, long afterId, long upToId);

    @Query("select count(o) from Offer o, org.opendoors.organisation.Organisation org " + BOARD_WHERE)
    long countBoard(Long typeId, String sector, String area, OfferMode mode, LocalDate from);

    List<Offer> findByOrganisationIdAndIdBetweenOrderById(long organisationId, long fromId, long toId);
}
