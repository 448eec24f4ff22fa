package org.opendoors.strategy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.opendoors.base.AbstractEntity;
import org.opendoors.socialvalue.Grade;

/**
 * One recommendation in a progress round: the live figures as of the round's date (stored, so a published round keeps
 * them), the evidence of progress, the suggested and given grade with its explanation, and the evidence of impact.
 */
@Entity
@Table(name = "progress_entry")
@Audited
public class ProgressEntry extends AbstractEntity {

    public static final int TEXT_MAX_LENGTH = 10_000;

    @Column(name = "round_id", nullable = false)
    private long roundId;

    @Column(name = "recommendation_id", nullable = false)
    private long recommendationId;

    @Column(name = "figures", columnDefinition = "text")
    private String figures;

    @Column(name = "evidence_of_progress", columnDefinition = "text")
    private String evidenceOfProgress;

    @Column(name = "suggested_grade")
    private Integer suggestedGrade;

    @Column(name = "grade")
    private Integer grade;

    @Column(name = "explanation", columnDefinition = "text")
    private String explanation;

    @Column(name = "evidence_of_impact", columnDefinition = "text")
    private String evidenceOfImpact;

    protected ProgressEntry() {
    }

    ProgressEntry(long roundId, long recommendationId) {
        this.roundId = roundId;
        this.recommendationId = recommendationId;
    }

    void measured(String figures, Grade suggested) {
        this.figures = figures;
        this.suggestedGrade = suggested == null ? null : suggested.number();
    }

    void fill(String evidenceOfProgress, Grade grade, String explanation, String evidenceOfImpact) {
        this.evidenceOfProgress = evidenceOfProgress;
        this.grade = grade == null ? null : grade.number();
        this.explanation = explanation;
        this.evidenceOfImpact = evidenceOfImpact;
    }

    public long getRoundId() {
        return roundId;
    }

    public long getRecommendationId() {
        return recommendationId;
    }

    public String getFigures() {
        return figures;
    }

    public String getEvidenceOfProgress() {
        return evidenceOfProgress;
    }

    public Grade getSuggestedGrade() {
        return suggestedGrade == null ? null : Grade.of(suggestedGrade);
    }

    public Grade getGrade() {
        return grade == null ? null : Grade.of(grade);
    }

    public String getExplanation() {
        return explanation;
    }

    public String getEvidenceOfImpact() {
        return evidenceOfImpact;
    }
}
