package org.opendoors.strategy;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ActionPlanRepository extends JpaRepository<ActionPlan, Long> {

    List<ActionPlan> findAllByOrderByAgreedOnDescIdDesc();
}
