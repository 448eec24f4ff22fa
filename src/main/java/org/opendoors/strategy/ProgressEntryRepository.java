package org.opendoors.strategy;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProgressEntryRepository extends JpaRepository<ProgressEntry, Long> {

    List<ProgressEntry> findByRoundIdIn(Collection<Long> roundIds);

    List<ProgressEntry> findByRoundId(long roundId);

    Optional<ProgressEntry> findByRoundIdAndRecommendationId(long roundId, long recommendationId);

    List<ProgressEntry> findByRecommendationId(long recommendationId);

    /** A plan's grades, oldest round first: {@code [recommendation id, round label, grade number, RoundStatus]}. */
    @Query("""
            select e.recommendationId, pr.label, e.grade, pr.status from ProgressEntry e join ProgressRound pr on pr.id = e.roundId
            where pr.planId = :planId and e.grade is not null order by pr.asOf, pr.id""")
    List<Object[]> gradeMarks(long planId);

    /** Plan id, latest grade (null: never graded) and how many of the plan's recommendations have it. */
    @Query(value = """
            select g.plan_id, g.grade, count(*) from (
                select r.plan_id, (select e.grade from progress_entry e join progress_round pr on pr.id = e.round_id
                                   where e.recommendation_id = r.id and e.grade is not null
                                   order by pr.as_of desc, pr.id desc limit 1) as grade
                from recommendation r) g
            group by g.plan_id, g.grade""", nativeQuery = true)
    List<Object[]> latestGradeCounts();
}
