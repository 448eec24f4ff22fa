package org.opendoors.strategy;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RecommendationRepository extends JpaRepository<Recommendation, Long> {

    List<Recommendation> findByPlanIdOrderByNumber(long planId);

    /**
     * A plan's recommendations in order, each with its measures in order and their stored readings:
     * {@code [Recommendation, SuccessMeasure or null, StoredReading or null]}, one row per measure.
     */
    @Query("""
            select r, m, s from Recommendation r
            left join SuccessMeasure m on m.recommendationId = r.id
            left join StoredReading s on s.measureId = m.id
            where r.planId = :planId order by r.number, m.position""")
    List<Object[]> withMeasuresAndReadings(long planId);

    boolean existsByPlanIdAndNumberAndIdNot(long planId, int number, long id);
}
