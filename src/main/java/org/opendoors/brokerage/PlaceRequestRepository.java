package org.opendoors.brokerage;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PlaceRequestRepository extends JpaRepository<PlaceRequest, Long> {

    @Query("""
            select new org.opendoors.brokerage.RequestForCouncil(r.id, o.title, org.id, org.name, r.youngPersonRef, r.ageBand, r.area,
                   r.hopes, r.status, r.employerNote, r.createdAt)
            from PlaceRequest r, org.opendoors.offer.Offer o, org.opendoors.organisation.Organisation org
            where o.id = r.offerId and org.id = r.organisationId and r.adviserUserId = :adviserUserId
            order by r.createdAt desc, r.id desc""")
    List<RequestForCouncil> byAdviser(long adviserUserId, Pageable pageable);

    @Query("""
            select new org.opendoors.brokerage.RequestForCouncil(r.id, o.title, org.id, org.name, r.youngPersonRef, r.ageBand, r.area,
                   r.hopes, r.status, r.employerNote, r.createdAt)
            from PlaceRequest r, org.opendoors.offer.Offer o, org.opendoors.organisation.Organisation org
            where o.id = r.offerId and org.id = r.organisationId
            order by r.createdAt desc, r.id desc""")
    List<RequestForCouncil> all(Pageable pageable);

    @Query("""
            select new org.opendoors.brokerage.RequestForCouncil(r.id, o.title, org.id, org.name, r.youngPersonRef, r.ageBand, r.area,
                   r.hopes, r.status, r.employerNote, r.createdAt)
            from PlaceRequest r, org.opendoors.offer.Offer o, org.opendoors.organisation.Organisation org
            where o.id = r.offerId and org.id = r.organisationId and r.status = :status
            order by r.createdAt, r.id""")
    List<RequestForCouncil> withStatus(PlaceRequestStatus status, Pageable pageable);

    /** What an employer may see of requests to it: no young person's reference. */
    @Query("""
            select new org.opendoors.brokerage.RequestForEmployer(r.id, o.title, r.ageBand, r.area, r.hopes, r.status,
                   r.employerNote, r.createdAt)
            from PlaceRequest r, org.opendoors.offer.Offer o
            where o.id = r.offerId and r.organisationId = :organisationId
            order by r.createdAt desc, r.id desc""")
    List<RequestForEmployer> forOrganisation(long organisationId, Pageable pageable);

    long countByAdviserUserId(long adviserUserId);

    long countByOrganisationId(long organisationId);
}
