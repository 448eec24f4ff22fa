package org.opendoors.strategy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Live measures' chart points, their value at each month's end, as counted on a day ({@code measure_month_end}, V51):
 * a chart counted month by month over the big tables takes from a few hundred milliseconds to seconds at full volumes,
 * so the readings job counts each measure's chart once a day and stores it ({@link #countStale}), views read the stored
 * points, and a view that finds none of the day for the measure as it is counts them itself and stores them.
 */
@Component
class MeasureMonthEnds {

    private static final Logger log = LoggerFactory.getLogger(MeasureMonthEnds.class);

    private final NamedParameterJdbcTemplate jdbc;
    private final LiveMeasures live;
    private final SuccessMeasureRepository measures;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    MeasureMonthEnds(NamedParameterJdbcTemplate jdbc, LiveMeasures live, SuccessMeasureRepository measures, Clock clock,
                     PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.live = live;
        this.measures = measures;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Each live measure's points up to {@code day}, by measure id: the stored ones where they were counted that day for
     * the measure as it is, else counted now and stored.
     */
    Map<Long, List<MeasurePoint>> upTo(LocalDate day, List<SuccessMeasure> measures) {
        Map<Long, List<MeasurePoint>> points = storedOn(day, measures);
        for (SuccessMeasure measure : measures) {
            if (!points.containsKey(measure.getId())) {
                points.put(measure.getId(), countAndStore(measure, day));
            }
        }
        return points;
    }

    /**
     * Counts and stores the chart of every live measure that has no points of today for its current version (once a day
     * each, unless changed); one measure that cannot be counted does not stop the others.
     */
    void countStale() {
        LocalDate today = LocalDate.now(clock);
        List<Long> stale = jdbc.queryForList("""
                select m.id from success_measure m where m.figure_key is not null and not exists (
                    select 1 from measure_month_end e where e.measure_id = m.id and e.read_on = :day and e.measure_version = m.version)
                order by m.id""", new MapSqlParameterSource("day", today), Long.class);
        for (long measureId : stale) {
            try {
                count(measureId, today);
            } catch (RuntimeException problem) {
                log.warn("Could not count the chart of success measure {}", measureId, problem);
            }
        }
    }

    /** Counts and stores a measure's chart up to {@code day}, unless it has no figure (any more). */
    void count(long measureId, LocalDate day) {
        measures.findWithMilestones(measureId).filter(SuccessMeasure::isLive)
                .ifPresent(measure -> countAndStore(measure, day));
    }

    private List<MeasurePoint> countAndStore(SuccessMeasure measure, LocalDate day) {
        List<MeasurePoint> counted = live.series(measure, day);
        store(measure, day, counted);
        return counted;
    }

    private Map<Long, List<MeasurePoint>> storedOn(LocalDate day, List<SuccessMeasure> measures) {
        Map<Long, List<MeasurePoint>> points = new HashMap<>();
        if (measures.isEmpty()) {
            return points;
        }
        Map<Long, Long> versions = new HashMap<>();
        measures.forEach(m -> versions.put(m.getId(), m.getVersion()));
        jdbc.query("""
                select measure_id, measure_version, month_end, figure_value from measure_month_end
                where measure_id in (:ids) and read_on = :day order by measure_id, month_end""",
                new MapSqlParameterSource("ids", versions.keySet()).addValue("day", day), row -> {
                    long measureId = row.getLong(1);
                    if (versions.get(measureId) == row.getLong(2)) {
                        points.computeIfAbsent(measureId, id -> new ArrayList<>())
                                .add(new MeasurePoint(row.getObject(3, LocalDate.class), row.getBigDecimal(4)));
                    }
                });
        return points;
    }

    /**
     * Replaces the measure's stored points, in a transaction of its own so read-only pages can store them. Two viewers
     * may store at once, or the measure may go meanwhile: the chart shown is counted either way, so a failed store only
     * means the next view counts again.
     */
    private void store(SuccessMeasure measure, LocalDate day, List<MeasurePoint> points) {
        try {
            ownTransaction.executeWithoutResult(status -> {
                jdbc.update("delete from measure_month_end where measure_id = :id", new MapSqlParameterSource("id", measure.getId()));
                jdbc.batchUpdate("""
                        insert into measure_month_end (measure_id, month_end, measure_version, read_on, figure_value)
                        values (:id, :monthEnd, :version, :day, :value)""", points.stream().map(p -> new MapSqlParameterSource()
                        .addValue("id", measure.getId()).addValue("monthEnd", p.date()).addValue("version", measure.getVersion())
                        .addValue("day", day).addValue("value", p.value())).toArray(MapSqlParameterSource[]::new));
            });
        } catch (DataAccessException notStored) {
            log.debug("Chart points of success measure {} not stored", measure.getId(), notStored);
        }
    }
}
