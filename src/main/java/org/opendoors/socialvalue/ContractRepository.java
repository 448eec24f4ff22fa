package org.opendoors.socialvalue;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ContractRepository extends JpaRepository<Contract, Long> {

    List<Contract> findAllByOrderByStartsOnDescIdDesc(Pageable pageable);

    List<Contract> findBySupplierIdOrderByStartsOnDesc(long supplierId, Pageable pageable);

    long countBySupplierId(long supplierId);

    List<Contract> findByIdBetweenOrderById(long fromId, long toId);

    List<Contract> findBySupplierIdAndIdBetweenOrderById(long supplierId, long fromId, long toId);

    boolean existsByReference(String reference);

    @EntityGraph(attributePaths = {"kpis", "kpis.measure"})
    Optional<Contract> findWithLinesById(long id);

    List<Contract> findBySupplierId(long supplierId);

    /** Only whose contract it is, for an access check that needs nothing else of it. */
    @Query("select c.supplierId from Contract c where c.id = :id")
    Optional<Long> supplierOf(long id);
}
