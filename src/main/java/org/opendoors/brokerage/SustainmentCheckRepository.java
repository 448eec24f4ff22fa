package org.opendoors.brokerage;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SustainmentCheckRepository extends JpaRepository<SustainmentCheck, Long> {

    List<SustainmentCheck> findByPlacementIdOrderByWeeks(long placementId);

    /** Checks with no result yet, due by the given day, for placements this person owns. */
    @Query("""
            select c from SustainmentCheck c, Placement p
            where p.id = c.placementId and p.ownerUserId = :ownerUserId and c.result is null and c.dueOn <= :by
            order by c.dueOn, c.id""")
    List<SustainmentCheck> dueFor(long ownerUserId, LocalDate by, Pageable pageable);

    @Query("""
            select count(c) from SustainmentCheck c, Placement p
            where p.id = c.placementId and p.ownerUserId = :ownerUserId and c.result is null and c.dueOn <= :by""")
    long countDueFor(long ownerUserId, LocalDate by);

    @Query("select c from SustainmentCheck c where c.result is null and c.reminderSent = false and c.dueOn <= :today")
    List<SustainmentCheck> dueForReminder(LocalDate today);

    @Query("""
            select count(c) from SustainmentCheck c, Placement p
            where p.id = c.placementId and p.organisationId = :organisationId
              and c.result = org.opendoors.brokerage.SustainmentResult.IN_EET""")
    long sustainedFor(long organisationId);
}
