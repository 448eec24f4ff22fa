package org.opendoors.brokerage;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PlaceRequestRepository extends JpaRepository<PlaceRequest, Long> {

    /** Requests as the council sees them, with the offer's and organisation's names, in one statement. */
    String COUNCIL_ROWS = """
            select new org.opendoors.brokerage.RequestForCouncil(r.id, o.title, org.id, org.name, r.youngPersonRef, r.ageBand, r.area,
                   r.hopes, r.status, r.employerNote, r.createdAt)
            from PlaceRequest r, org.opendoors.offer.Offer o, org.opendoors.organisation.Organisation org
            where o.id = r.offerId and org.id = r.organisationId
            """;

    /** What an employer may see of requests to it: no young person's reference. */
    String EMPLOYER_ROWS = """
            select new org.opendoors.brokerage.RequestForEmployer(r.id, o.title, r.ageBand, r.area, r.hopes, r.status,
                   r.employerNote, r.createdAt)
            from PlaceRequest r, org.opendoors.offer.Offer o
            where o.id = r.offerId and r.organisationId = :organisationId
            """;

    @Query(COUNCIL_ROWS + "and r.adviserUserId = :adviserUserId order by r.createdAt desc, r.id desc")
    List<RequestForCouncil> byAdviser(long adviserUserId, Pageable pageable);

    @Query(COUNCIL_ROWS + "and r.adviserUserId = :adviserUserId and r.id > :afterId and r.id <= :upToId order by r.id")
    List<RequestForCouncil> byAdviserBetween(long adviserUserId, long afterId, long upToId);

    @Query(COUNCIL_ROWS + "order by r.createdAt desc, r.id desc")
    List<RequestForCouncil> all(Pageable pageable);

    @Query(COUNCIL_ROWS + "and r.status = :status order by r.createdAt, r.id")
    List<RequestForCouncil> withStatus(PlaceRequestStatus status, Pageable pageable);

    @Query(EMPLOYER_ROWS + "order by r.createdAt desc, r.id desc")
    List<RequestForEmployer> forOrganisation(long organisationId, Pageable pageable);

    @Query(EMPLOYER_ROWS + "and r.id > :afterId and r.id <= :upToId order by r.id")
    List<RequestForEmployer> forOrganisationBetween(long organisationId, long afterId, long upToId);

    long countByAdviserUserId(long adviserUserId);

    long countByOrganisationId(long organisationId);
}
