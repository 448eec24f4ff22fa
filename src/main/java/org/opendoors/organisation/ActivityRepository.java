package org.opendoors.organisation;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ActivityRepository extends JpaRepository<Activity, Long> {

    List<Activity> findByOrganisationIdOrderByOccurredOnDesc(long organisationId);

    @Query("""
            select a from Activity a
            where a.ownerUserId = :ownerUserId and a.nextActionDone = false and a.nextActionOn is not null
            order by a.nextActionOn""")
    List<Activity> openNextActions(long ownerUserId, Pageable pageable);

    @Query("""
            select count(a) from Activity a
            where a.ownerUserId = :ownerUserId and a.nextActionDone = false and a.nextActionOn is not null and a.nextActionOn <= :by""")
    long countOpenNextActionsDueBy(long ownerUserId, java.time.LocalDate by);

    @Query("""
            select a from Activity a
            where a.nextActionDone = false and a.reminderSent = false and a.nextActionOn <= :today""")
    List<Activity> dueForReminder(LocalDate today);
}
