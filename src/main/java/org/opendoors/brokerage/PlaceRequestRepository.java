package org.opendoors.brokerage;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PlaceRequestRepository extends JpaRepository<PlaceRequest, Long> {

    /** Lists read this table only; {@link BrokerageRows} adds the names. */
    @Query("select r from PlaceRequest r where r.adviserUserId = :adviserUserId order by r.createdAt desc, r.id desc")
    List<PlaceRequest> byAdviser(long adviserUserId, Pageable pageable);

    @Query("select r from PlaceRequest r where r.adviserUserId = :adviserUserId and r.id > :afterId and r.id <= :upToId order by r.id")
    List<PlaceRequest> byAdviserBetween(long adviserUserId, long afterId, long upToId);

    @Query("select r from PlaceRequest r order by r.createdAt desc, r.id desc")
    List<PlaceRequest> all(Pageable pageable);

    @Query("select r from PlaceRequest r where r.status = :status order by r.createdAt, r.id")
    List<PlaceRequest> withStatus(PlaceRequestStatus status, Pageable pageable);

    @Query("select r from PlaceRequest r where r.organisationId = :organisationId order by r.createdAt desc, r.id desc")
    List<PlaceRequest> forOrganisation(long organisationId, Pageable pageable);

    @Query("select r from PlaceRequest r where r.organisationId = :organisationId and r.id > :afterId and r.id <= :upToId order by r.id")
    List<PlaceRequest> forOrganisationBetween(long organisationId, long afterId, long upToId);

    long countByAdviserUserId(long adviserUserId);

    long countByOrganisationId(long organisationId);

    List<PlaceRequest> findByOrganisationId(long organisationId);
}
