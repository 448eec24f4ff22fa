package org.opendoors.socialvalue;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface KpiReturnRepository extends JpaRepository<KpiReturn, Long> {

    Optional<KpiReturn> findByPeriodId(long periodId);

    List<KpiReturn> findByContractId(long contractId);
}
