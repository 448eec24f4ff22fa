package org.opendoors.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;
import org.opendoors.base.AbstractEntity;

/** Someone signed up for an event: confirmed, on the waiting list, or cancelled. */
@Entity
@Table(name = "event_signup")
@Audited
public class EventSignup extends AbstractEntity {

    @Column(name = "event_id", nullable = false)
    private long eventId;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "organisation_name", length = 200)
    private String organisationName;

    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(name = "email", nullable = false, length = 254)
    private String email;

    @Column(name = "dietary_needs", length = 300)
    private String dietaryNeeds;

    @Column(name = "access_needs", length = 300)
    private String accessNeeds;

    @Column(name = "extra_answer", length = 500)
    private String extraAnswer;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "status", nullable = false, length = 20)
    private SignupStatus status;

    /** Order on the waiting list; the position shown is the number of people still ahead, plus one. */
    @Column(name = "waitlist_sequence")
    private Integer waitlistSequence;

    /** Promoted by hand when the event was already full. */
    @Column(name = "over_capacity", nullable = false)
    private boolean overCapacity;

    @NotAudited
    @Column(name = "token_hash", nullable = false, length = 64, unique = true)
    private String tokenHash;

    @Column(name = "attended", nullable = false)
    private boolean attended;

    @Column(name = "walk_in", nullable = false)
    private boolean walkIn;

    @Column(name = "reminder_days_sent", nullable = false)
    private boolean reminderDaysSent;

    @Column(name = "reminder_hours_sent", nullable = false)
    private boolean reminderHoursSent;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected EventSignup() {
    }

    EventSignup(long eventId, SignupDetails d, Long organisationId, String tokenHash, Instant createdAt) {
        this.eventId = eventId;
        this.name = d.name();
        this.organisationName = d.organisationName();
        this.organisationId = organisationId;
        this.email = d.email();
        this.dietaryNeeds = d.dietaryNeeds();
        this.accessNeeds = d.accessNeeds();
        this.extraAnswer = d.extraAnswer();
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
    }

    /** Follows its organisation when two records of it are merged. */
    void moveTo(long organisationId) {
        this.organisationId = organisationId;
    }

    void confirm(boolean overCapacity) {
        status = SignupStatus.CONFIRMED;
        waitlistSequence = null;
        this.overCapacity = overCapacity;
    }

    void waitlist(int sequence) {
        status = SignupStatus.WAITLISTED;
        waitlistSequence = sequence;
    }

    void cancel() {
        status = SignupStatus.CANCELLED;
    }

    void markAttended(boolean attended) {
        this.attended = attended;
    }

    void markWalkIn() {
        walkIn = true;
        attended = true;
    }

    void markReminderSent(boolean daysBefore) {
        if (daysBefore) {
            reminderDaysSent = true;
        } else {
            reminderHoursSent = true;
        }
    }

    public long getEventId() {
        return eventId;
    }

    public String getName() {
        return name;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public String getEmail() {
        return email;
    }

    public String getDietaryNeeds() {
        return dietaryNeeds;
    }

    public String getAccessNeeds() {
        return accessNeeds;
    }

    public String getExtraAnswer() {
        return extraAnswer;
    }

    public SignupStatus getStatus() {
        return status;
    }

    public Integer getWaitlistSequence() {
        return waitlistSequence;
    }

    public boolean isOverCapacity() {
        return overCapacity;
    }

    public boolean isAttended() {
        return attended;
    }

    public boolean isWalkIn() {
        return walkIn;
    }

    boolean isReminderDaysSent() {
        return reminderDaysSent;
    }

    boolean isReminderHoursSent() {
        return reminderHoursSent;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
