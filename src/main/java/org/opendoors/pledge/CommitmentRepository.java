package org.opendoors.pledge;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CommitmentRepository extends JpaRepository<Commitment, Long> {

    List<Commitment> findByActiveTrueOrderBySortOrder();

    List<Commitment> findAllByOrderBySortOrder();
}
