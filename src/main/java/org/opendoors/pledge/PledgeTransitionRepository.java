package org.opendoors.pledge;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PledgeTransitionRepository extends JpaRepository<PledgeTransition, Long> {

    List<PledgeTransition> findByPledgeIdOrderByHappenedAtAscIdAsc(long pledgeId);
}
