package org.opendoors.event;

import jakarta.persistence.LockModeType;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface EngagementEventRepository extends JpaRepository<EngagementEvent, Long> {

    /** Every change to an event's places happens under this lock: sign-ups for one event queue here. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from EngagementEvent e where e.id = :id")
    Optional<EngagementEvent> lockById(long id);

    List<EngagementEvent> findByStatusAndStartsAtAfterOrderByStartsAt(EventStatus status, LocalDateTime after, Pageable pageable);

    long countByStatusAndStartsAtBetween(EventStatus status, LocalDateTime from, LocalDateTime to);

    List<EngagementEvent> findAllByOrderByStartsAtDesc(Pageable pageable);

    List<EngagementEvent> findByIdBetweenOrderById(long fromId, long toId);
}
