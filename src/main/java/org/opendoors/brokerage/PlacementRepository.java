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

    /**
     * A page of every placement, latest start first: the page's ids come from the {@code placement_start} index alone
     * (V35), read from the start or, for a page nearer the end, backwards from the end; then only those are joined.
     */
    String PLACEMENT_PAGE_SELECT = "select new org.opendoors.brokerage.PlacementRow(p.id, p.youngPersonRef, o.name, t.name,"
            + " p.startDate, p.outcome) from (select x.id as id from Placement x order by ";
    String PLACEMENT_PAGE_JOIN = """
             limit :size offset :skip) ids
            join Placement p on p.id = ids.id
            join org.opendoors.organisation.Organisation o on o.id = p.organisationId
            join org.opendoors.offer.OfferType t on t.id = p.offerTypeId
            order by p.startDate desc, p.id desc""";

    @Query(PLACEMENT_PAGE_SELECT + "x.startDate desc, x.id desc" + PLACEMENT_PAGE_JOIN)
    List<PlacementRow> pageFromStart(long skip, int size);

    @Query(PLACEMENT_PAGE_SELECT + "x.startDate, x.id" + PLACEMENT_PAGE_JOIN)
    List<PlacementRow> pageFromEnd(long skip, int size);

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
