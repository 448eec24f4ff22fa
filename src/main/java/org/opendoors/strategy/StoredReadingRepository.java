package org.opendoors.strategy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface StoredReadingRepository extends JpaRepository<StoredReading, Long> {

    /** A recommendation's measures in order, each with its stored reading or null: {@code [SuccessMeasure, StoredReading]}. */
    @Query("""
            select m, s from SuccessMeasure m left join StoredReading s on s.measureId = m.id
            where m.recommendationId = :recommendationId order by m.position""")
    List<Object[]> measuresWithReadings(long recommendationId);

    /**
     * Writes a measure's reading, replacing the one stored; nothing when the measure has been deleted meanwhile (the
     * job and a change to the measure may both write one: the later write wins, and a reading of an older version of the
     * measure is never shown).
     */
    default void store(StoredReading r) {
        MeasureDetails.Target next = r.next();
        MeasureDetails.Target last = r.last();
        upsert(r.getMeasureId(), r.getMeasureVersion(), r.getReadAt(), r.getAsOf(), r.figure().value(), r.figure().areas(),
                next == null ? null : next.dueOn(), next == null ? null : next.target(), last == null ? null : last.dueOn(),
                last == null ? null : last.target(), r.suggested() == null ? null : r.suggested().number());
    }

    @Modifying
    @Query(value = """
            insert into measure_reading (measure_id, measure_version, read_at, as_of, figure_value, areas, next_due_on,
                                         next_target, last_due_on, last_target, suggested_grade)
            select m.id, :version, :readAt, :asOf, :value, :areas, :nextDueOn, :nextTarget, :lastDueOn, :lastTarget, :suggested
            from success_measure m where m.id = :measureId
            on duplicate key update measure_version = values(measure_version), read_at = values(read_at),
                as_of = values(as_of), figure_value = values(figure_value), areas = values(areas),
                next_due_on = values(next_due_on), next_target = values(next_target), last_due_on = values(last_due_on),
                last_target = values(last_target), suggested_grade = values(suggested_grade)""", nativeQuery = true)
    void upsert(long measureId, long version, Instant readAt, LocalDate asOf, BigDecimal value, int areas, LocalDate nextDueOn,
               BigDecimal nextTarget, LocalDate lastDueOn, BigDecimal lastTarget, Integer suggested);

    @Modifying
    @Query(value = "delete from measure_reading where measure_id = :measureId", nativeQuery = true)
    void forget(long measureId);
}
