package org.opendoors.brokerage;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

interface EngagementAskRepository extends JpaRepository<EngagementAsk, Long> {

    /** Locked: two clicks on the same link cannot both answer. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<EngagementAsk> findByTokenHash(String tokenHash);

    /** The same without a lock, for read-only checks. */
    Optional<EngagementAsk> readByTokenHash(String tokenHash);

    List<EngagementAsk> findByOrganisationIdOrderBySentAtDesc(long organisationId, Pageable pageable);

    List<EngagementAsk> findAllByOrderBySentAtDesc(Pageable pageable);

    List<EngagementAsk> findByStatusAndSentAtBeforeAndChasedAtIsNull(AskStatus status, Instant sentBefore);

    List<EngagementAsk> findByStatusAndLinkExpiresAtBefore(AskStatus status, Instant now);
}
