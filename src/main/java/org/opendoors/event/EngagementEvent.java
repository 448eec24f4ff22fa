package org.opendoors.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;
import org.opendoors.base.AbstractEntity;

/**
 * An event for employers or advisers. {@code confirmedCount} and {@code waitlistSequence} change only while the
 * row is locked (a sign-up changes them with one statement, see {@code EngagementEventRepository.takePlace}), so
 * capacity holds under any burst. Only changed columns are written, so saving an event's details never writes
 * back counters read before a sign-up changed them.
 */
@Entity
@DynamicUpdate
@Table(name = "engagement_event")
@Audited
public class EngagementEvent extends AbstractEntity {

    public static final int TITLE_MAX_LENGTH = 150;

    @Column(name = "title", nullable = false, length = TITLE_MAX_LENGTH)
    private String title;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "event_type", nullable = false, length = 30)
    private EventType type;

    @Column(name = "description", columnDefinition = "text")
    private String description;

    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private LocalDateTime endsAt;

    @Column(name = "venue", length = 200)
    private String venue;

    @Column(name = "address", length = 300)
    private String address;

    /** Shown to confirmed attendees only. */
    @Column(name = "online_link", length = 500)
    private String onlineLink;

    @Column(name = "capacity", nullable = false)
    private int capacity;

    @Column(name = "signup_opens_at", nullable = false)
    private LocalDateTime signupOpensAt;

    @Column(name = "signup_closes_at", nullable = false)
    private LocalDateTime signupClosesAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "audience", nullable = false, length = 20)
    private EventAudience audience;

    @Column(name = "ask_dietary", nullable = false)
    private boolean askDietary;

    @Column(name = "ask_access", nullable = false)
    private boolean askAccess;

    @Column(name = "extra_question", length = 300)
    private String extraQuestion;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "status", nullable = false, length = 20)
    private EventStatus status = EventStatus.DRAFT;

    @Column(name = "confirmed_count", nullable = false)
    private int confirmedCount;

    @Column(name = "waitlist_sequence", nullable = false)
    private int waitlistSequence;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected EngagementEvent() {
    }

    EngagementEvent(Instant createdAt) {
        this.createdAt = createdAt;
    }

    void update(EventDetails d) {
        title = d.title().trim();
        type = d.type();
        description = d.description();
        startsAt = d.startsAt();
        endsAt = d.endsAt();
        venue = d.venue();
        address = d.address();
        onlineLink = d.onlineLink();
        capacity = d.capacity();
        signupOpensAt = d.signupOpensAt();
        signupClosesAt = d.signupClosesAt();
        audience = d.audience();
        askDietary = d.askDietary();
        askAccess = d.askAccess();
        extraQuestion = d.extraQuestion();
    }

    public EventDetails details() {
        return new EventDetails(title, type, description, startsAt, endsAt, venue, address, onlineLink, capacity, signupOpensAt,
                signupClosesAt, audience, askDietary, askAccess, extraQuestion);
    }

    void publish() {
        status = EventStatus.PUBLISHED;
    }

    void cancel() {
        status = EventStatus.CANCELLED;
    }

    boolean hasPlaceLeft() {
        return confirmedCount < capacity;
    }

    void placeTaken() {
        confirmedCount++;
    }

    void placeFreed() {
        confirmedCount--;
    }

    int nextWaitlistSequence() {
        return ++waitlistSequence;
    }

    public boolean isOpenForSignup(LocalDateTime now) {
        return status == EventStatus.PUBLISHED && !now.isBefore(signupOpensAt) && now.isBefore(signupClosesAt);
    }

    public String getTitle() {
        return title;
    }

    public EventType getType() {
        return type;
    }

    public String getDescription() {
        return description;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public String getVenue() {
        return venue;
    }

    public String getAddress() {
        return address;
    }

    String getOnlineLink() {
        return onlineLink;
    }

    public int getCapacity() {
        return capacity;
    }

    public LocalDateTime getSignupOpensAt() {
        return signupOpensAt;
    }

    public LocalDateTime getSignupClosesAt() {
        return signupClosesAt;
    }

    public EventAudience getAudience() {
        return audience;
    }

    public boolean isAskDietary() {
        return askDietary;
    }

    public boolean isAskAccess() {
        return askAccess;
    }

    public String getExtraQuestion() {
        return extraQuestion;
    }

    public EventStatus getStatus() {
        return status;
    }

    public int getConfirmedCount() {
        return confirmedCount;
    }

    /** "Harbourside depot, 1 Quay Road" or "Online". */
    public String where() {
        if (venue == null && address == null) {
            return "Online";
        }
        return venue == null ? address : address == null ? venue : venue + ", " + address;
    }
}
