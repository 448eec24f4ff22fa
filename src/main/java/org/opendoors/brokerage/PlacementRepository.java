package org.opendoors.brokerage;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PlacementRepository extends JpaRepository<Placement, Long> {

    /** Lists read this table only; {@link BrokerageRows} adds the names. */
    @Query("select p from Placement p order by p.startDate desc, p.id desc")
    List<Placement> rows(Pageable pageable);

    @Query("select p from Placement p where p.id > :afterId and p.id <= :upToId order by p.id")
    List<Placement> rowsBetween(long afterId, long upToId);

    /** Placements started in a period that count towards a contract: tagged to it, or to no contract. */
    @Query("""
            select count(p) from Placement p where p.organisationId = :organisationId and p.startDate between :from and :to
              and (p.contractId is null or p.contractId = :contractId)""")
    long countStartedFor(long organisationId, long contractId, java.time.LocalDate from, java.time.LocalDate to);

    @Query("""
            select count(p) from Placement p where p.organisationId = :organisationId and p.outcome = :outcome
              and p.outcomeOn between :from and :to and (p.contractId is null or p.contractId = :contractId)""")
    long countOutcomesFor(long organisationId, long contractId, PlacementOutcome outcome, java.time.LocalDate from,
                          java.time.LocalDate to);

    @Query("""
            select count(p),
                   sum(case when p.outcome = org.opendoors.brokerage.PlacementOutcome.COMPLETED then 1 else 0 end),
                   sum(case when p.outcome in (org.opendoors.brokerage.PlacementOutcome.PROGRESSED_TO_EMPLOYMENT,
                        org.opendoors.brokerage.PlacementOutcome.PROGRESSED_TO_APPRENTICESHIP,
                        org.opendoors.brokerage.PlacementOutcome.PROGRESSED_TO_EDUCATION) then 1 else 0 end),
                   sum(case when p.outcome = org.opendoors.brokerage.PlacementOutcome.LEFT_EARLY then 1 else 0 end)
            from Placement p where p.organisationId = :organisationId""")
    List<Object[]> outcomes(long organisationId);

    List<Placement> findByOrganisationId(long organisationId);
}
