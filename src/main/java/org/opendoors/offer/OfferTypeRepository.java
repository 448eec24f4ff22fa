package org.opendoors.offer;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface OfferTypeRepository extends JpaRepository<OfferType, Long> {

    List<OfferType> findByActiveTrueOrderBySortOrder();

    List<OfferType> findAllByOrderBySortOrder();

    boolean existsByName(String name);
}
