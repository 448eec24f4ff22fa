package org.opendoors.offer;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface OfferRepository extends JpaRepository<Offer, Long> {

    List<Offer> findByOrganisationIdOrderByIdDesc(long organisationId, Pageable pageable);

    long countByOrganisationId(long organisationId);

    List<Offer> findByOrganisationIdAndIdBetweenOrderById(long organisationId, long fromId, long toId);
}
