package org.opendoors.event;

import jakarta.persistence.LockModeType;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface EngagementEventRepository extends JpaRepository<EngagementEvent, Long> {

    /** Every change to an event's places happens under this lock: sign-ups for one event queue here. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from EngagementEvent e where e.id = :id")
    Optional<EngagementEvent> lockById(long id);

    /**
     * Takes a place at a published event if one is left, in one statement: 1 if taken, 0 if the event is full or no
     * longer published. Either way the row stays locked until the transaction ends (repeatable read keeps the lock
     * of a row the update read but did not change), so a cancellation cannot free a place unseen in between. A
     * statement rather than an entity change: a sign-up neither bumps the event's version (an officer editing its
     * details is not told someone else changed it) nor writes an audit revision.
     */
    @Modifying
    @Query("""
            update EngagementEvent e set e.confirmedCount = e.confirmedCount + 1
            where e.id = :id and e.status = org.opendoors.event.EventStatus.PUBLISHED and e.confirmedCount < e.capacity""")
    int takePlace(long id);

    /** Moves the waiting list's counter on at a published event (0 if it is no longer published), locking the row. */
    @Modifying
    @Query("""
            update EngagementEvent e set e.waitlistSequence = e.waitlistSequence + 1
            where e.id = :id and e.status = org.opendoors.event.EventStatus.PUBLISHED""")
    int moveWaitlistOn(long id);

    @Query("select e.waitlistSequence from EngagementEvent e where e.id = :id")
    int waitlistSequence(long id);

    List<EngagementEvent> findByStatusAndStartsAtAfterOrderByStartsAt(EventStatus status, LocalDateTime after, Pageable pageable);

    long countByStatusAndStartsAtBetween(EventStatus status, LocalDateTime from, LocalDateTime to);

    List<EngagementEvent> findAllByOrderByStartsAtDesc(Pageable pageable);

    List<EngagementEvent> findByIdBetweenOrderById(long fromId, long toId);
}
