package org.opendoors.pledge;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;
import org.opendoors.base.AbstractEntity;

/** An organisation's pledge: the commitments it makes for care leavers, and where it is in its life. */
@Entity
@Table(name = "pledge")
@Audited
public class Pledge extends AbstractEntity {

    public static final int REASON_MAX_LENGTH = 1000;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "status", nullable = false, length = 20)
    private PledgeStatus status = PledgeStatus.DRAFT;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "approved_on")
    private LocalDate approvedOn;

    @Column(name = "renewal_due_on")
    private LocalDate renewalDueOn;

    @Column(name = "return_reason", length = REASON_MAX_LENGTH)
    private String returnReason;

    @Column(name = "reminder_30_sent", nullable = false)
    private boolean reminder30Sent;

    @Column(name = "reminder_7_sent", nullable = false)
    private boolean reminder7Sent;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "pledge", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<PledgeCommitment> commitments = new ArrayList<>();

    protected Pledge() {
    }

    Pledge(long organisationId, Instant createdAt) {
        this.organisationId = organisationId;
        this.createdAt = createdAt;
    }

    /** Replaces the chosen commitments, keeping rows that stay so their history stays readable. */
    void setCommitments(List<CommitmentChoice> choices, java.util.function.LongFunction<Commitment> catalogue) {
        commitments.removeIf(existing -> choices.stream().noneMatch(c -> c.commitmentId() == existing.getCommitment().getId()));
        for (CommitmentChoice choice : choices) {
            commitments.stream().filter(existing -> existing.getCommitment().getId() == choice.commitmentId()).findFirst()
                    .ifPresentOrElse(existing -> existing.update(choice.yearlyQuantity(), choice.note()),
                            () -> commitments.add(new PledgeCommitment(this, catalogue.apply(choice.commitmentId()),
                                    choice.yearlyQuantity(), choice.note())));
        }
    }

    void moveTo(long organisationId) {
        this.organisationId = organisationId;
    }

    void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    void submitted(Instant now) {
        status = PledgeStatus.SUBMITTED;
        submittedAt = now;
        returnReason = null;
    }

    void returned(String reason) {
        status = PledgeStatus.RETURNED;
        returnReason = reason;
    }

    void approved(LocalDate today) {
        status = PledgeStatus.APPROVED;
        approvedOn = today;
        startRenewalPeriod(today);
    }

    void renewed(LocalDate today) {
        status = PledgeStatus.RENEWED;
        startRenewalPeriod(renewalDueOn != null && renewalDueOn.isAfter(today) ? renewalDueOn : today);
    }

    private void startRenewalPeriod(LocalDate from) {
        renewalDueOn = from.plusMonths(12);
        reminder30Sent = false;
        reminder7Sent = false;
    }

    void lapsed() {
        status = PledgeStatus.LAPSED;
    }

    void withdrawn() {
        status = PledgeStatus.WITHDRAWN;
    }

    void markReminderSent(int daysBefore) {
        if (daysBefore == 30) {
            reminder30Sent = true;
        } else {
            reminder7Sent = true;
        }
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public PledgeStatus getStatus() {
        return status;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public LocalDate getApprovedOn() {
        return approvedOn;
    }

    public LocalDate getRenewalDueOn() {
        return renewalDueOn;
    }

    public String getReturnReason() {
        return returnReason;
    }

    boolean isReminder30Sent() {
        return reminder30Sent;
    }

    boolean isReminder7Sent() {
        return reminder7Sent;
    }

    public List<PledgeCommitment> getCommitments() {
        return List.copyOf(commitments);
    }

    /** The pledge's reference for people: "PLG-000042". */
    public String reference() {
        return reference(getId());
    }

    public static String reference(long id) {
        return "PLG-%06d".formatted(id);
    }
}
