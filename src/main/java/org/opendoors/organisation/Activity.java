package org.opendoors.organisation;

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

/** A call, meeting, e-mail, visit or quarterly check-in with an organisation, and what to do next. */
@Entity
@Table(name = "activity")
@Audited
public class Activity extends AbstractEntity {

    public static final int NEXT_ACTION_MAX_LENGTH = 200;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "activity_type", nullable = false, length = 20)
    private ActivityType type;

    @Column(name = "occurred_on", nullable = false)
    private LocalDate occurredOn;

    @Column(name = "owner_user_id", nullable = false)
    private long ownerUserId;

    @Column(name = "notes", columnDefinition = "text")
    private String notes;

    @Column(name = "next_action", length = NEXT_ACTION_MAX_LENGTH)
    private String nextAction;

    @Column(name = "next_action_on")
    private LocalDate nextActionOn;

    @Column(name = "next_action_done", nullable = false)
    private boolean nextActionDone;

    @Column(name = "reminder_sent", nullable = false)
    private boolean reminderSent;

    protected Activity() {
    }

    Activity(long organisationId, ActivityType type, LocalDate occurredOn, long ownerUserId, String notes,
             String nextAction, LocalDate nextActionOn) {
        this.organisationId = organisationId;
        this.type = type;
        this.occurredOn = occurredOn;
        this.ownerUserId = ownerUserId;
        this.notes = notes;
        this.nextAction = nextAction;
        this.nextActionOn = nextActionOn;
    }

    void moveTo(long organisationId) {
        this.organisationId = organisationId;
    }

    void markNextActionDone() {
        this.nextActionDone = true;
    }

    void markReminderSent() {
        this.reminderSent = true;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public ActivityType getType() {
        return type;
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public long getOwnerUserId() {
        return ownerUserId;
    }

    public String getNotes() {
        return notes;
    }

    public String getNextAction() {
        return nextAction;
    }

    public LocalDate getNextActionOn() {
        return nextActionOn;
    }

    public boolean isNextActionDone() {
        return nextActionDone;
    }
}
