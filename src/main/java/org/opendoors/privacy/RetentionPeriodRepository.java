package org.opendoors.privacy;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RetentionPeriodRepository extends JpaRepository<RetentionPeriod, Long> {

    Optional<RetentionPeriod> findByKind(RetentionKind kind);

    List<RetentionPeriod> findAllByOrderByIdAsc();
}
