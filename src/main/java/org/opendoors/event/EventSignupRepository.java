package org.opendoors.event;

import jakarta.persistence.LockModeType;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface EventSignupRepository extends JpaRepository<EventSignup, Long> {

    boolean existsByEventIdAndEmail(long eventId, String email);

    Optional<EventSignup> findByEventIdAndEmail(long eventId, String email);

    Optional<EventSignup> findFirstByEventIdAndStatusOrderByWaitlistSequence(long eventId, SignupStatus status);

    long countByEventIdAndStatusAndWaitlistSequenceLessThan(long eventId, SignupStatus status, int sequence);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<EventSignup> findByTokenHash(String tokenHash);

    Optional<EventSignup> readByTokenHash(String tokenHash);

    List<EventSignup> findByEventIdAndStatusIn(long eventId, List<SignupStatus> statuses);

    long countByEventIdAndStatus(long eventId, SignupStatus status);

    long countByEventIdAndAttendedTrue(long eventId);

    long countByEventIdAndWalkInTrue(long eventId);

    /** The check-in and sign-up list: an event's sign-ups not cancelled, searched by name, e-mail or organisation. */
    String SEARCH = """
            from EventSignup s where s.eventId = :eventId and s.status <> org.opendoors.event.SignupStatus.CANCELLED
              and (:text is null or s.name like :text or s.email like :text or s.organisationName like :text)
            """;

    @Query("select s " + SEARCH + "order by s.name, s.id")
    List<EventSignup> search(long eventId, String text, Pageable pageable);

    @Query("select s " + SEARCH + "and s.id > :afterId and s.id <= :upToId order by s.id")
    List<EventSignup> searchBetween(long eventId, String text, long afterId, long upToId);

    @Query("select count(s) " + SEARCH)
    long countSearch(long eventId, String text);

    /** Confirmed places at published events starting between now and the horizon whose reminder is still to go. */
    @Query("""
            select s from EventSignup s, EngagementEvent e
            where e.id = s.eventId and e.status = org.opendoors.event.EventStatus.PUBLISHED
              and s.status = org.opendoors.event.SignupStatus.CONFIRMED
              and e.startsAt > :now and e.startsAt <= :horizon
              and ((:daysBefore = true and s.reminderDaysSent = false) or (:daysBefore = false and s.reminderHoursSent = false))""")
    List<EventSignup> dueForReminder(LocalDateTime now, LocalDateTime horizon, boolean daysBefore);

    /** The organisations of employers who attended, for the pledges they went on to make. */
    @Query("select distinct s.organisationId from EventSignup s where s.eventId = :eventId and s.attended = true and s.organisationId is not null")
    List<Long> attendingOrganisations(long eventId);

    List<EventSignup> findByOrganisationId(long organisationId);
}
