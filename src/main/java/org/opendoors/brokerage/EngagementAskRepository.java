package org.opendoors.brokerage;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

interface EngagementAskRepository extends JpaRepository<EngagementAsk, Long> {

    /** Locked: two clicks on the same link cannot both answer. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<EngagementAsk> findByTokenHash(String tokenHash);

    /** The same without a lock, for read-only checks. */
    Optional<EngagementAsk> readByTokenHash(String tokenHash);

    /** Asks with their organisation's and offer type's names, in one statement. */
    String ASK_ROWS = """
            select new org.opendoors.brokerage.AskRow(a.id, a.organisationId, org.name, t.name, a.proposedAt, a.details, a.status, a.chasedAt)
            from EngagementAsk a, org.opendoors.organisation.Organisation org, org.opendoors.offer.OfferType t
            where org.id = a.organisationId and t.id = a.offerTypeId
            """;

    /**
     * A page of every ask, newest sent first: the page's ids come from the {@code engagement_ask_sent} index alone (V35),
     * read from the start or, for a page nearer the end, backwards from the end; then only those asks are joined.
     */
    String ASK_PAGE_SELECT = "select new org.opendoors.brokerage.AskRow(a.id, a.organisationId, o.name, t.name, a.proposedAt,"
            + " a.details, a.status, a.chasedAt) from (select x.id as id from EngagementAsk x order by ";
    String ASK_PAGE_JOIN = """
             limit :size offset :skip) ids
            join EngagementAsk a on a.id = ids.id
            join org.opendoors.organisation.Organisation o on o.id = a.organisationId
            join org.opendoors.offer.OfferType t on t.id = a.offerTypeId
            order by a.sentAt desc, a.id desc""";

    @Query(ASK_PAGE_SELECT + "x.sentAt desc, x.id desc" + ASK_PAGE_JOIN)
    List<AskRow> pageFromStart(long skip, int size);

    @Query(ASK_PAGE_SELECT + "x.sentAt, x.id" + ASK_PAGE_JOIN)
    List<AskRow> pageFromEnd(long skip, int size);

    @Query(ASK_ROWS + "and a.organisationId = :organisationId order by a.sentAt desc, a.id desc")
    List<AskRow> rowsFor(long organisationId, Pageable pageable);

    /** For the CSV exports: in id order within a window; a null organisation means every organisation. */
    @Query(ASK_ROWS + "and (:organisationId is null or a.organisationId = :organisationId) and a.id > :afterId and a.id <= :upToId order by a.id")
    List<AskRow> rowsBetween(Long organisationId, long afterId, long upToId);

    long countByOrganisationId(long organisationId);

    List<EngagementAsk> findByStatusAndSentAtBeforeAndChasedAtIsNull(AskStatus status, Instant sentBefore);

    List<EngagementAsk> findByStatusAndLinkExpiresAtBefore(AskStatus status, Instant now);

    long countByStatus(AskStatus status);
}
