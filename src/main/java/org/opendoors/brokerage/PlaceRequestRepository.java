package org.opendoors.brokerage;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PlaceRequestRepository extends JpaRepository<PlaceRequest, Long> {

    /**
     * A list's rows with the offer's title and the organisation's name, in the same statement: from this module's
     * copies of them ({@link ListedOffer}, {@link ListedOrganisation}, V46), joined by id.
     */
    String FOR_COUNCIL = """
            select new org.opendoors.brokerage.RequestForCouncil(r.id, lo.title, r.organisationId, lg.name, r.youngPersonRef,
                r.ageBand, r.area, r.hopes, r.status, r.employerNote, r.createdAt)
            from PlaceRequest r left join ListedOffer lo on lo.id = r.offerId left join ListedOrganisation lg on lg.id = r.organisationId
            """;

    String FOR_EMPLOYER = """
            select new org.opendoors.brokerage.RequestForEmployer(r.id, lo.title, r.ageBand, r.area, r.hopes, r.status,
                r.employerNote, r.createdAt)
            from PlaceRequest r left join ListedOffer lo on lo.id = r.offerId
            """;

    @Query(FOR_COUNCIL + "where r.adviserUserId = :adviserUserId order by r.createdAt desc, r.id desc")
    List<RequestForCouncil> byAdviser(long adviserUserId, Pageable pageable);

    @Query(FOR_COUNCIL + "where r.adviserUserId = :adviserUserId and r.id > :afterId and r.id <= :upToId order by r.id")
    List<RequestForCouncil> byAdviserBetween(long adviserUserId, long afterId, long upToId);

    @Query(FOR_COUNCIL + "order by r.createdAt desc, r.id desc")
    List<RequestForCouncil> all(Pageable pageable);

    @Query(FOR_COUNCIL + "where r.status = :status order by r.createdAt, r.id")
    List<RequestForCouncil> withStatus(PlaceRequestStatus status, Pageable pageable);

    @Query(FOR_EMPLOYER + "where r.organisationId = :organisationId order by r.createdAt desc, r.id desc")
    List<RequestForEmployer> forOrganisation(long organisationId, Pageable pageable);

    @Query(FOR_EMPLOYER + "where r.organisationId = :organisationId and r.id > :afterId and r.id <= :upToId order by r.id")
    List<RequestForEmployer> forOrganisationBetween(long organisationId, long afterId, long upToId);

    long countByAdviserUserId(long adviserUserId);

    long countByOrganisationId(long organisationId);

    List<PlaceRequest> findByOrganisationId(long organisationId);
}
