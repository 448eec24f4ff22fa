package org.opendoors.strategy;

import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.opendoors.base.SystemTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the stored readings fresh: every live measure is read again on a schedule ({@code opendoors.strategy.measure-refresh},
 * 15 minutes by default), each in a short transaction of its own, and a measure as soon as a change to it has committed.
 * Each measure's chart is counted again by the day's first run and after a change ({@link MeasureMonthEnds}).
 */
@Component
class MeasureReadingRefresh {

    private static final Logger log = LoggerFactory.getLogger(MeasureReadingRefresh.class);

    private final MeasureReadings readings;
    private final MeasureMonthEnds monthEnds;
    private final Clock clock;

    MeasureReadingRefresh(MeasureReadings readings, MeasureMonthEnds monthEnds, Clock clock) {
        this.readings = readings;
        this.monthEnds = monthEnds;
        this.clock = clock;
    }

    // not at start-up as well: readings persist across restarts, and a page reads a missing one itself
    @Scheduled(fixedDelayString = "${opendoors.strategy.measure-refresh:PT15M}",
            initialDelayString = "${opendoors.strategy.measure-refresh:PT15M}")
    @SchedulerLock(name = "strategy-measure-readings", lockAtMostFor = "PT30M")
    void refreshAll() {
        SystemTask.run(() -> {
            for (long measureId : readings.liveMeasureIds()) {
                try {
                    readings.refresh(measureId);
                } catch (RuntimeException problem) {
                    // one measure that cannot be read (say, its figure left the catalogue) must not keep the others stale
                    log.warn("Could not read success measure {}", measureId, problem);
                }
            }
            monthEnds.countStale();
        });
    }

    @ApplicationModuleListener
    void on(SuccessMeasureChanged changed) {
        readings.refresh(changed.measureId());
        monthEnds.count(changed.measureId(), LocalDate.now(clock));
    }
}
