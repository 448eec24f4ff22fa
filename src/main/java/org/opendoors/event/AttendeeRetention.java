package org.opendoors.event;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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
        @SuppressWarnings("unchecked")
        List<Number> found = entityManager.createNativeQuery("""
                select s.id from event_signup s join engagement_event e on e.id = s.event_id
                where e.ends_at < :after and s.anonymised_at is null""")
                .setParameter("after", cutoff.plusDays(1).atStartOfDay()).getResultList();
        if (found.isEmpty()) {
            return 0;
        }
        List<Long> ids = found.stream().map(Number::longValue).toList();
        entityManager.createNativeQuery("""
                update event_signup_aud set name = :name, email = concat('removed-', id, '@removed.invalid'), dietary_needs = null,
                  access_needs = null, extra_answer = null
                where id in (:ids)""").setParameter("name", REMOVED_NAME).setParameter("ids", ids).executeUpdate();
        return entityManager.createNativeQuery("""
                update event_signup set name = :name, email = concat('removed-', id, '@removed.invalid'), dietary_needs = null,
                  access_needs = null, extra_answer = null, anonymised_at = :now
                where id in (:ids)""").setParameter("name", REMOVED_NAME).setParameter("now", clock.instant())
                .setParameter("ids", ids).executeUpdate();
    }
}
