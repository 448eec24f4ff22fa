package org.opendoors.pledge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PledgeRepository extends JpaRepository<Pledge, Long> {

    @EntityGraph(attributePaths = {"commitments", "commitments.commitment"})
    Optional<Pledge> findWithCommitmentsById(long id);

    List<Pledge> findByOrganisationIdOrderByCreatedAtDesc(long organisationId);

    Optional<Pledge> findFirstByOrganisationIdAndStatusInOrderByCreatedAtDesc(long organisationId,
                                                                              Collection<PledgeStatus> statuses);

    List<Pledge> findByStatusOrderBySubmittedAt(PledgeStatus status, Pageable pageable);

    List<Pledge> findByStatusAndIdBetweenOrderById(PledgeStatus status, long fromId, long toId);

    long countByStatus(PledgeStatus status);

    long countByOrganisationIdInAndSubmittedAtGreaterThanEqualAndSubmittedAtLessThan(Collection<Long> organisationIds,
                                                                                   Instant from, Instant to);

    @Query("""
            select p from Pledge p
            where p.status in (org.opendoors.pledge.PledgeStatus.APPROVED, org.opendoors.pledge.PledgeStatus.RENEWED)
              and p.renewalDueOn <= :horizon""")
    List<Pledge> activeDueBy(LocalDate horizon);

    /** In force: approved or renewed. */
    String IN_FORCE = "(org.opendoors.pledge.PledgeStatus.APPROVED, org.opendoors.pledge.PledgeStatus.RENEWED)";

    @Query("select p from Pledge p where p.organisationId in :organisationIds and p.status in " + IN_FORCE)
    List<Pledge> inForceOf(Collection<Long> organisationIds);

    /** Pledges in force in an id window, each its organisation's latest (two merged records may each have had one). */
    @Query("select p from Pledge p where p.status in " + IN_FORCE + " and p.id > :afterId and p.id <= :upToId"
            + " and not exists (select q from Pledge q where q.organisationId = p.organisationId and q.status in " + IN_FORCE
            + " and q.id > p.id) order by p.id")
    List<Pledge> latestInForceBetween(long afterId, long upToId);

    /** Opportunities a year promised by these organisations' pledges in force; a commitment without a number counts one. */
    @Query("select coalesce(sum(case when pc.yearlyQuantity is null then 1 else pc.yearlyQuantity end), 0)"
            + " from PledgeCommitment pc where pc.pledge.organisationId in :organisationIds and pc.pledge.status in " + IN_FORCE)
    long opportunitiesOf(Collection<Long> organisationIds);
}
