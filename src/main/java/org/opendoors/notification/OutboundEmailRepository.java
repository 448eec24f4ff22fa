package org.opendoors.notification;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OutboundEmailRepository extends JpaRepository<OutboundEmail, Long> {

    /**
     * Due messages, locked for this transaction. SKIP LOCKED lets several app instances share the outbox
     * without sending a message twice or waiting on each other. Ordered as the {@code outbound_email_due} index
     * (status, next_attempt_at, id) is, so the lookup reads only due rows: ordered by id alone, MariaDB walked the
     * primary key through every sent message, locking each, and a run with thousands sent slowed to one a second.
     */
    @Query(value = """
            select * from outbound_email
            where status = 'PENDING' and next_attempt_at <= :now
            order by next_attempt_at, id limit :limit
            for update skip locked""", nativeQuery = true)
    List<OutboundEmail> lockDue(Instant now, int limit);

    /** Sent e-mail older than the cut-off (their attachments go with them: on delete cascade). */
    @org.springframework.data.jpa.repository.Modifying
    @Query(value = "delete from outbound_email where status = 'SENT' and sent_at < :cutoff", nativeQuery = true)
    int deleteSentBefore(Instant cutoff);

    @Query("select e from OutboundEmail e where (:status is null or e.status = :status) and e.id > :afterId and e.id <= :upToId order by e.id")
    List<OutboundEmail> listBetween(OutboundEmailStatus status, long afterId, long upToId);

    long countByStatus(OutboundEmailStatus status);
}
