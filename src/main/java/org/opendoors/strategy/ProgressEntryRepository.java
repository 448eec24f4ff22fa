package org.opendoors.strategy;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProgressEntryRepository extends JpaRepository<ProgressEntry, Long> {

    List<ProgressEntry> findByRoundIdIn(Collection<Long> roundIds);

    List<ProgressEntry> findByRoundId(long roundId);

    Optional<ProgressEntry> findByRoundIdAndRecommendationId(long roundId, long recommendationId);
}
