package org.opendoors.brokerage;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PlacementRepository extends JpaRepository<Placement, Long> {

    /**
     * A list's rows with the organisation's and offer type's names, in the same statement: from this module's copies
     * of them ({@link ListedOrganisation}, {@link ListedOfferType}, V46), joined by id.
     */
    String ROWS = """
            select new org.opendoors.brokerage.PlacementRow(p.id, p.youngPersonRef, lg.name, lt.name, p.startDate, p.outcome)
            """;

    String NAMES = """
            left join ListedOrganisation lg on lg.id = p.organisationId left join ListedOfferType lt on lt.id = p.offerTypeId
            """;

    /**
     * A page of every placement, latest start first: its ids come from the {@code placement_newest} index alone (V50),
     * which holds the list's order, so any depth is read forwards; then only those rows are read.
     */
    @Query(ROWS + """
            from (select x.id as id from Placement x order by x.startDate desc, x.id desc limit :size offset :skip) ids
            join Placement p on p.id = ids.id
            """ + NAMES + "order by p.startDate desc, p.id desc")
    List<PlacementRow> page(long skip, int size);

    @Query(ROWS + "from Placement p " + NAMES + "where p.id > :afterId and p.id <= :upToId order by p.id")
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

    List<Placement> findByOrganisationId(long organisationId);
}
