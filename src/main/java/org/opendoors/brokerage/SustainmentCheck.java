package org.opendoors.brokerage;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;
import org.opendoors.base.AbstractEntity;

/** Is the young person still in education, employment or training 13, 26 or 52 weeks after starting? */
@Entity
@Table(name = "sustainment_check")
@Audited
public class SustainmentCheck extends AbstractEntity {

    public static final int[] WEEKS = {13, 26, 52};

    @Column(name = "placement_id", nullable = false)
    private long placementId;

    @Column(name = "weeks", nullable = false)
    private int weeks;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "result", length = 20)
    private SustainmentResult result;

    @Column(name = "checked_on")
    private LocalDate checkedOn;

    @Column(name = "reminder_sent", nullable = false)
    private boolean reminderSent;

    protected SustainmentCheck() {
    }

    SustainmentCheck(long placementId, int weeks, LocalDate dueOn) {
        this.placementId = placementId;
        this.weeks = weeks;
        this.dueOn = dueOn;
    }

    void record(SustainmentResult result, LocalDate on) {
        this.result = result;
        this.checkedOn = on;
    }

    void markReminderSent() {
        reminderSent = true;
    }

    public long getPlacementId() {
        return placementId;
    }

    public int getWeeks() {
        return weeks;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public SustainmentResult getResult() {
        return result;
    }

    public LocalDate getCheckedOn() {
        return checkedOn;
    }
}
