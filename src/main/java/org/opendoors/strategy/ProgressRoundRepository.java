package org.opendoors.strategy;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProgressRoundRepository extends JpaRepository<ProgressRound, Long> {

    List<ProgressRound> findByPlanIdOrderByAsOfAscIdAsc(long planId);
}
