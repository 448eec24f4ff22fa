package org.opendoors.event;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.opendoors.privacy.RetentionKind;
import org.opendoors.privacy.RetentionRule;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Once past their period after the event ends, attendees' personal fields (name, e-mail address, needs and answers)
 * are removed from their sign-ups and the sign-ups' audit copies. The rows stay, with their status, attendance and
 * organisation, so attendance figures and pledges attributed to the event do not change.
 */
@Component
class AttendeeRetention implements RetentionRule {

    static final String REMOVED_NAME = "Removed";

    private final EntityManager entityManager;
    private final Clock clock;

    AttendeeRetention(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Override
    public RetentionKind kind() {
        return RetentionKind.EVENT_ATTENDEES;
    }

    @Override
    @Transactional
    public int apply(LocalDate cutoff) {
        LocalDateTime after = cutoff.plusDays(1).atStartOfDay();
        // the audit copies first, found through the sign-ups not yet anonymised; no ids are read into memory
        entityManager.createNativeQuery("""
                update event_signup_aud a join event_signup s on s.id = a.id join engagement_event e on e.id = s.event_id
                set a.name = :name, a.email = concat('removed-', a.id, '@removed.invalid'), a.dietary_needs = null,
                  a.access_needs = null, a.extra_answer = null
                where e.ends_at < :after and s.anonymised_at is null""")
                .setParameter("name", REMOVED_NAME).setParameter("after", after).executeUpdate();
        return entityManager.createNativeQuery("""
                update event_signup s join engagement_event e on e.id = s.event_id
                set s.name = :name, s.email = concat('removed-', s.id, '@removed.invalid'), s.dietary_needs = null,
                  s.access_needs = null, s.extra_answer = null, s.anonymised_at = :now
                where e.ends_at < :after and s.anonymised_at is null""")
                .setParameter("name", REMOVED_NAME).setParameter("now", clock.instant()).setParameter("after", after)
                .executeUpdate();
    }
}
