package org.opendoors.strategy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.opendoors.base.figures.Figure;
import org.opendoors.socialvalue.Grade;

/**
 * A live measure's latest reading as stored in {@code measure_reading} (written by {@link MeasureReadings}, only read
 * through JPA): its value when it was read, against the milestones of the measure's version that was read.
 */
@Entity
@Table(name = "measure_reading")
class StoredReading {

    @Id
    @Column(name = "measure_id")
    private long measureId;

    @Column(name = "measure_version", nullable = false)
    private long measureVersion;

    @Column(name = "read_at", nullable = false)
    private Instant readAt;

    @Column(name = "as_of", nullable = false)
    private LocalDate asOf;

    @Column(name = "figure_value", nullable = false, precision = 16, scale = 2)
    private BigDecimal value;

    @Column(name = "areas", nullable = false)
    private int areas;

    @Column(name = "next_due_on")
    private LocalDate nextDueOn;

    @Column(name = "next_target", precision = 12, scale = 2)
    private BigDecimal nextTarget;

    @Column(name = "last_due_on")
    private LocalDate lastDueOn;

    @Column(name = "last_target", precision = 12, scale = 2)
    private BigDecimal lastTarget;

    @Column(name = "suggested_grade")
    private Integer suggestedGrade;

    protected StoredReading() {
    }

    StoredReading(SuccessMeasure measure, MeasureReading reading, Instant readAt) {
        this.measureId = measure.getId();
        this.measureVersion = measure.getVersion();
        this.readAt = readAt;
        this.asOf = reading.asOf();
        this.value = reading.figure().value();
        this.areas = reading.figure().areas();
        this.nextDueOn = reading.next() == null ? null : reading.next().dueOn();
        this.nextTarget = reading.next() == null ? null : reading.next().target();
        this.lastDueOn = reading.last() == null ? null : reading.last().dueOn();
        this.lastTarget = reading.last() == null ? null : reading.last().target();
        this.suggestedGrade = reading.suggested() == null ? null : reading.suggested().number();
    }

    /** Whether this reading is of the measure as it is now (not of an earlier version of it). */
    boolean isOf(SuccessMeasure measure) {
        return measureId == measure.getId() && measureVersion == measure.getVersion();
    }

    long getMeasureId() {
        return measureId;
    }

    long getMeasureVersion() {
        return measureVersion;
    }

    Instant getReadAt() {
        return readAt;
    }

    LocalDate getAsOf() {
        return asOf;
    }

    Figure figure() {
        return new Figure(value, areas);
    }

    MeasureDetails.Target next() {
        return nextDueOn == null ? null : new MeasureDetails.Target(nextDueOn, nextTarget);
    }

    MeasureDetails.Target last() {
        return lastDueOn == null ? null : new MeasureDetails.Target(lastDueOn, lastTarget);
    }

    Grade suggested() {
        return suggestedGrade == null ? null : Grade.of(suggestedGrade);
    }
}
