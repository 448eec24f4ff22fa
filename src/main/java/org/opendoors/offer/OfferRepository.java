package org.opendoors.offer;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface OfferRepository extends JpaRepository<Offer, Long> {

    /** With each offer's type in the same statement. */
    @EntityGraph(attributePaths = "type")
    List<Offer> findByOrganisationIdOrderByIdDesc(long organisationId, Pageable pageable);

    long countByOrganisationId(long organisationId);

    List<Offer> findByOrganisationIdAndIdBetweenOrderById(long organisationId, long fromId, long toId);

    List<Offer> findByOrganisationId(long organisationId);
}
