package org.opendoors.strategy;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RecommendationRepository extends JpaRepository<Recommendation, Long> {

    List<Recommendation> findByPlanIdOrderByNumber(long planId);

    boolean existsByPlanIdAndNumberAndIdNot(long planId, int number, long id);
}
