package org.opendoors.brokerage;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface EngagementAskRepository extends JpaRepository<EngagementAsk, Long> {

    /** Locked: two clicks on the same link cannot both answer. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<EngagementAsk> findByTokenHash(String tokenHash);

    /** The same without a lock, for read-only checks. */
    Optional<EngagementAsk> readByTokenHash(String tokenHash);

    /**
     * A list's rows with the organisation's and offer type's names, in the same statement: from this module's copies
     * of them ({@link ListedOrganisation}, {@link ListedOfferType}, V46), joined by id.
     */
    String ROWS = """
            select new org.opendoors.brokerage.AskRow(a.id, a.organisationId, lg.name, lt.name, a.proposedAt, a.details,
                a.status, a.chasedAt)
            """;

    String NAMES = """
            left join ListedOrganisation lg on lg.id = a.organisationId left join ListedOfferType lt on lt.id = a.offerTypeId
            """;

    /**
     * A page of every ask, newest sent first: its ids come from the {@code engagement_ask_newest} index alone (V50),
     * which holds the list's order, so any depth is read forwards; then only those rows are read.
     */
    @Query(ROWS + """
            from (select x.id as id from EngagementAsk x order by x.sentAt desc, x.id desc limit :size offset :skip) ids
            join EngagementAsk a on a.id = ids.id
            """ + NAMES + "order by a.sentAt desc, a.id desc")
    List<AskRow> page(long skip, int size);

    @Query(ROWS + "from EngagementAsk a " + NAMES + "where a.organisationId = :organisationId order by a.sentAt desc, a.id desc")
    List<AskRow> rowsFor(long organisationId, Pageable pageable);

    /** For the CSV exports: in id order within a window; a null organisation means every organisation. */
    @Query(ROWS + "from EngagementAsk a " + NAMES + """
            where (:organisationId is null or a.organisationId = :organisationId)
              and a.id > :afterId and a.id <= :upToId order by a.id""")
    List<AskRow> rowsBetween(Long organisationId, long afterId, long upToId);

    long countByOrganisationId(long organisationId);

    List<EngagementAsk> findByStatusAndSentAtBeforeAndChasedAtIsNull(AskStatus status, Instant sentBefore);

    List<EngagementAsk> findByStatusAndLinkExpiresAtBefore(AskStatus status, Instant now);

    long countByStatus(AskStatus status);

    List<EngagementAsk> findByOrganisationId(long organisationId);
}
