package org.opendoors.socialvalue;

import java.math.BigDecimal;
import java.util.List;

/**
 * A period's return as its page shows it, read without creating or changing anything. {@code version} is null
 * until a reporter first saves the return (or attaches evidence); while it is a draft, each line's
 * {@code recorded} is what Open Doors holds for the supplier in the period, and an empty actual shows it.
 *
 * @param canReport    the signed-in user is one the officer named to fill it in
 * @param officer      the signed-in user is a contract officer (procurement or admin)
 * @param suggestedGrade for an officer reviewing a submitted return, the grade the actuals suggest; otherwise null
 */
public record ReturnPage(String contractReference, String contractTitle, int period, ReturnStatus status, Long version,
                         boolean canReport, boolean officer, List<Line> lines, String narrative, String queryComment,
                         String queryAnswer, Grade grade, String gradeExplanation, List<EvidenceSummary> evidence,
                         Grade suggestedGrade) {

    /** One KPI's line: its measure, the period's target, the supplier's actual and Open Doors' record. */
    public record Line(long kpiId, String measure, BigDecimal target, BigDecimal actual, BigDecimal recorded,
                       String differenceReason) {
    }

    public boolean editable() {
        return status == ReturnStatus.DRAFT || status == ReturnStatus.QUERIED;
    }

    /** The signed-in user may change it now. */
    public boolean canEdit() {
        return editable() && canReport;
    }

    /** The officer may query or accept it now. */
    public boolean canReview() {
        return officer && status == ReturnStatus.SUBMITTED;
    }
}
