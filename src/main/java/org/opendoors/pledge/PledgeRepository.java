package org.opendoors.pledge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PledgeRepository extends JpaRepository<Pledge, Long> {

    boolean existsByOrganisationIdAndIdNotAndStatusIn(long organisationId, long id, Collection<PledgeStatus> statuses);

    @EntityGraph(attributePaths = {"commitments", "commitments.commitment"})
    Optional<Pledge> findWithCommitmentsById(long id);

    List<Pledge> findByOrganisationIdOrderByCreatedAtDesc(long organisationId);

    Optional<Pledge> findFirstByOrganisationIdAndStatusInOrderByCreatedAtDesc(long organisationId,
                                                                              Collection<PledgeStatus> statuses);

    /** Oldest submitted first: the page's ids from the {@code pledge_status_submitted} index alone, then only its rows. */
    @Query("""
            select p from (select x.id as id from Pledge x where x.status = :status order by x.submittedAt, x.id
                limit :size offset :skip) ids
            join Pledge p on p.id = ids.id
            order by p.submittedAt, p.id""")
    List<Pledge> pageWithStatus(PledgeStatus status, long skip, int size);

    List<Pledge> findByStatusAndIdBetweenOrderById(PledgeStatus status, long fromId, long toId);

    long countByStatus(PledgeStatus status);

    long countByOrganisationIdInAndSubmittedAtGreaterThanEqualAndSubmittedAtLessThan(Collection<Long> organisationIds,
                                                                                   Instant from, Instant to);

    @Query("""
            select p from Pledge p
            where p.status in (org.opendoors.pledge.PledgeStatus.APPROVED, org.opendoors.pledge.PledgeStatus.RENEWED)
              and p.renewalDueOn <= :horizon""")
    List<Pledge> activeDueBy(LocalDate horizon);
}
