package org.opendoors.strategy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The stored readings of live success measures ({@code measure_reading}): counting a measure over the big tables takes
 * 20–240 ms at full volumes, so pages show the last reading, which {@link MeasureReadingRefresh} renews on a schedule and
 * after each change to a measure. A measure with no reading of its current version is read live once and stored.
 */
@Component
class MeasureReadings {

    private final StoredReadingRepository stored;
    private final SuccessMeasureRepository measures;
    private final LiveMeasures live;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    MeasureReadings(StoredReadingRepository stored, SuccessMeasureRepository measures, LiveMeasures live, Clock clock,
                    PlatformTransactionManager transactions) {
        this.stored = stored;
        this.measures = measures;
        this.live = live;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Reads a measure now, as it is now (value, next milestone, suggested grade), and stores the reading, in a
     * transaction of its own so read-only pages can fill a missing reading; a deleted or narrative measure keeps none.
     */
    Optional<StoredReading> refresh(long measureId) {
        return ownTransaction.execute(status -> {
            SuccessMeasure measure = measures.findWithMilestones(measureId).filter(SuccessMeasure::isLive).orElse(null);
            if (measure == null) {
                stored.forget(measureId);
                return Optional.empty();
            }
            Instant now = clock.instant();
            StoredReading reading = new StoredReading(measure, live.read(measure, LocalDate.ofInstant(now, clock.getZone())), now);
            stored.store(reading);
            return Optional.of(reading);
        });
    }

    List<Long> liveMeasureIds() {
        return measures.liveIds();
    }

    /** The stored reading is no longer the measure's (it is being changed): nobody is shown it meanwhile. */
    void forget(long measureId) {
        stored.forget(measureId);
    }

    /** Measures in order with their readings, from the readings stored ({@code byMeasure}) where they are of the measure as it is. */
    MeasuresNow now(List<SuccessMeasure> ordered, Map<Long, StoredReading> byMeasure) {
        List<MeasureReading> readings = new ArrayList<>();
        Instant oldest = null;
        for (SuccessMeasure measure : ordered) {
            if (!measure.isLive()) {
                readings.add(live.readValue(measure, LocalDate.now(clock)));
                continue;
            }
            StoredReading reading = Optional.ofNullable(byMeasure.get(measure.getId())).filter(r -> r.isOf(measure))
                    .or(() -> refresh(measure.getId())).orElse(null);
            if (reading == null) {
                continue; // deleted since the page's statement
            }
            readings.add(live.asRead(measure, reading));
            oldest = oldest == null || reading.getReadAt().isBefore(oldest) ? reading.getReadAt() : oldest;
        }
        return new MeasuresNow(readings, oldest);
    }
}
