package org.opendoors.socialvalue;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;
import org.opendoors.base.AbstractEntity;
import org.opendoors.base.FieldValidationException;

/** A supplier's return for one reporting period: DRAFT → SUBMITTED → ACCEPTED, or QUERIED → SUBMITTED again. */
@Entity
@Table(name = "kpi_return")
@Audited
public class KpiReturn extends AbstractEntity {

    public static final int TEXT_MAX_LENGTH = 1000;
    public static final int NARRATIVE_MAX_LENGTH = 5000;

    @Column(name = "period_id", nullable = false, unique = true)
    private long periodId;

    @Column(name = "contract_id", nullable = false)
    private long contractId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "status", nullable = false, length = 20)
    private ReturnStatus status = ReturnStatus.DRAFT;

    @Column(name = "narrative", columnDefinition = "text")
    private String narrative;

    @Column(name = "query_comment", length = TEXT_MAX_LENGTH)
    private String queryComment;

    /** The supplier's answer to the officer's latest query. */
    @Column(name = "query_answer", length = TEXT_MAX_LENGTH)
    private String queryAnswer;

    @Column(name = "grade")
    private Integer grade;

    @Column(name = "grade_explanation", length = TEXT_MAX_LENGTH)
    private String gradeExplanation;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "due_reminder_sent", nullable = false)
    private boolean dueReminderSent;

    @Column(name = "overdue_sent", nullable = false)
    private boolean overdueSent;

    @OneToMany(mappedBy = "kpiReturn", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<ReturnLine> lines = new ArrayList<>();

    protected KpiReturn() {
    }

    KpiReturn(long periodId, long contractId) {
        this.periodId = periodId;
        this.contractId = contractId;
    }

    ReturnLine lineFor(ContractKpi kpi) {
        return lines.stream().filter(l -> l.getKpiId() == kpi.getId()).findFirst().orElseGet(() -> {
            ReturnLine line = new ReturnLine(this, kpi.getId());
            lines.add(line);
            return line;
        });
    }

    void setNarrative(String narrative) {
        requireEditable();
        this.narrative = narrative;
    }

    void setQueryAnswer(String answer) {
        requireEditable();
        this.queryAnswer = answer;
    }

    void submit(Instant now) {
        requireEditable();
        if (status == ReturnStatus.QUERIED && queryAnswer == null) {
            throw new FieldValidationException("queryAnswer", "Answer the officer's query before you resubmit");
        }
        status = ReturnStatus.SUBMITTED;
        submittedAt = now;
    }

    void query(String comment) {
        requireStatus(ReturnStatus.SUBMITTED);
        status = ReturnStatus.QUERIED;
        queryComment = comment;
        queryAnswer = null;
    }

    void accept(Grade grade, String explanation) {
        requireStatus(ReturnStatus.SUBMITTED);
        status = ReturnStatus.ACCEPTED;
        this.grade = grade.number();
        this.gradeExplanation = explanation;
    }

    void markDueReminderSent() {
        dueReminderSent = true;
    }

    void markOverdueSent() {
        overdueSent = true;
    }

    void requireEditable() {
        if (status != ReturnStatus.DRAFT && status != ReturnStatus.QUERIED) {
            throw new FieldValidationException("", "This return has been " + status.label().toLowerCase() + " and can no longer be changed");
        }
    }

    private void requireStatus(ReturnStatus expected) {
        if (status != expected) {
            throw new FieldValidationException("", "This return is " + status.label().toLowerCase() + ", not " + expected.label().toLowerCase());
        }
    }

    public long getPeriodId() {
        return periodId;
    }

    public long getContractId() {
        return contractId;
    }

    public ReturnStatus getStatus() {
        return status;
    }

    public String getNarrative() {
        return narrative;
    }

    public String getQueryComment() {
        return queryComment;
    }

    public String getQueryAnswer() {
        return queryAnswer;
    }

    public Grade getGrade() {
        return grade == null ? null : Grade.of(grade);
    }

    public String getGradeExplanation() {
        return gradeExplanation;
    }

    boolean isDueReminderSent() {
        return dueReminderSent;
    }

    boolean isOverdueSent() {
        return overdueSent;
    }

    public List<ReturnLine> getLines() {
        return List.copyOf(lines);
    }
}
