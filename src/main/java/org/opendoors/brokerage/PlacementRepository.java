package org.opendoors.brokerage;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PlacementRepository extends JpaRepository<Placement, Long> {

    /** Placements with their organisation's and offer type's names, in one statement. */
    String PLACEMENT_ROWS = """
            select new org.opendoors.brokerage.PlacementRow(p.id, p.youngPersonRef, org.name, t.name, p.startDate, p.outcome)
            from Placement p, org.opendoors.organisation.Organisation org, org.opendoors.offer.OfferType t
            where org.id = p.organisationId and t.id = p.offerTypeId
            """;

    @Query(PLACEMENT_ROWS + "order by p.startDate desc, p.id desc")
    List<PlacementRow> rows(Pageable pageable);

    @Query(PLACEMENT_ROWS + "and p.id > :afterId and p.id <= :upToId order by p.id")
    List<PlacementRow> rowsBetween(long afterId, long upToId);

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
}
