package org.opendoors.offer;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DeliveryRepository extends JpaRepository<Delivery, Long> {

    List<Delivery> findByOfferIdOrderByDeliveredOnDesc(long offerId);

    @Query("select count(d), coalesce(sum(d.youngPeople), 0), coalesce(sum(d.hours), 0) from Delivery d where d.organisationId = :organisationId")
    Object[] totals(long organisationId);

    @Query("""
            select count(d), coalesce(sum(d.youngPeople), 0), coalesce(sum(d.hours), 0) from Delivery d
            where d.organisationId = :organisationId and d.deliveredOn between :from and :to
              and (d.contractId is null or d.contractId = :contractId)""")
    List<Object[]> totalsFor(long organisationId, long contractId, java.time.LocalDate from, java.time.LocalDate to);

    List<Delivery> findByOrganisationId(long organisationId);
}
