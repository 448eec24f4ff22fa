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

    /** Lists read this table only; {@link BrokerageRows} adds the names. */
    @Query("select a from EngagementAsk a order by a.sentAt desc, a.id desc")
    List<EngagementAsk> rows(Pageable pageable);

    @Query("select a from EngagementAsk a where a.organisationId = :organisationId order by a.sentAt desc, a.id desc")
    List<EngagementAsk> rowsFor(long organisationId, Pageable pageable);

    /** For the CSV exports: in id order within a window; a null organisation means every organisation. */
    @Query("""
            select a from EngagementAsk a where (:organisationId is null or a.organisationId = :organisationId)
              and a.id > :afterId and a.id <= :upToId order by a.id""")
    List<EngagementAsk> rowsBetween(Long organisationId, long afterId, long upToId);

    long countByOrganisationId(long organisationId);

    List<EngagementAsk> findByStatusAndSentAtBeforeAndChasedAtIsNull(AskStatus status, Instant sentBefore);

    List<EngagementAsk> findByStatusAndLinkExpiresAtBefore(AskStatus status, Instant now);

    long countByStatus(AskStatus status);

    List<EngagementAsk> findByOrganisationId(long organisationId);
}
