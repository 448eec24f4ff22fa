package org.opendoors.offer;

import java.util.Collection;
import java.util.List;
import org.opendoors.base.IdAndName;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OfferRepository extends JpaRepository<Offer, Long> {

    List<Offer> findByOrganisationIdOrderByIdDesc(long organisationId, Pageable pageable);

    long countByOrganisationId(long organisationId);

    List<Offer> findByOrganisationIdAndIdBetweenOrderById(long organisationId, long fromId, long toId);

    List<Offer> findByOrganisationId(long organisationId);

    @Query("select new org.opendoors.base.IdAndName(o.id, o.title) from Offer o where o.id in :ids")
    List<IdAndName> titlesOf(Collection<Long> ids);
}
