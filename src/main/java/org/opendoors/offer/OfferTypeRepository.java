package org.opendoors.offer;

import java.util.Collection;
import java.util.List;
import org.opendoors.base.IdAndName;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OfferTypeRepository extends JpaRepository<OfferType, Long> {

    List<OfferType> findByActiveTrueOrderBySortOrder();

    List<OfferType> findAllByOrderBySortOrder();

    boolean existsByName(String name);

    @Query("select new org.opendoors.base.IdAndName(t.id, t.name) from OfferType t where t.id in :ids")
    List<IdAndName> namesOf(Collection<Long> ids);
}
