package org.opendoors.strategy;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SuccessMeasureRepository extends JpaRepository<SuccessMeasure, Long> {

    List<SuccessMeasure> findByRecommendationIdOrderByPosition(long recommendationId);

    @Query("select distinct m from SuccessMeasure m left join fetch m.milestones where m.recommendationId in :ids order by m.position")
    List<SuccessMeasure> withMilestones(Collection<Long> ids);

    @Query("select m from SuccessMeasure m left join fetch m.milestones where m.id = :measureId")
    Optional<SuccessMeasure> findWithMilestones(long measureId);

    @Query("select m.id from SuccessMeasure m where m.figureKey is not null order by m.id")
    List<Long> liveIds();

    @Query("select coalesce(max(m.position), 0) from SuccessMeasure m where m.recommendationId = :recommendationId")
    int lastPosition(long recommendationId);
}
