package org.opendoors.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opendoors.SpringTest;
import org.opendoors.base.SystemTask;
import org.opendoors.base.figures.OrganisationKind;
import org.opendoors.certificate.CertificatePdfText;
import org.opendoors.socialvalue.Grade;
import org.springframework.beans.factory.annotation.Autowired;

/** The progress update and the action plan as PDFs, read back: the councils' headings in their order, and the grades. */
class StrategyPdfTest extends SpringTest {

    @Autowired
    TestPlans testPlans;

    @Autowired
    ProgressService progress;

    @Autowired
    StrategyReports reports;

    @Test
    void the_progress_update_has_the_seed_layout_with_each_published_round_each_live_measures_chart_and_the_grading_key() throws Exception {
        TestPlans.World world = testPlans.world(false, "North");
        testPlans.placement(world, 0, "Apprenticeship", LocalDate.of(2022, 3, 1));
        Recommendation r = testPlans.planWithRecommendation("Review of Care Leavers EET " + world.suffix());
        testPlans.apprenticeships(r.getId(), world, null, OrganisationKind.ANY);
        publish(r, "September 2022", LocalDate.of(2022, 9, 30), Grade.ON_TRACK, "Two apprentices in children's services");
        publish(r, "February 2023", LocalDate.of(2023, 2, 28), Grade.SLIPPED, "One apprentice left");
        SystemTask.run(() -> progress.openRound(r.getPlanId(), "Draft round", LocalDate.of(2023, 6, 1)));

        String text = CertificatePdfText.of(SystemTask.run(() -> reports.progressUpdatePdf(r.getPlanId()))).replaceAll("\\s+", " ");
        assertInOrder(text, "PROGRESS UPDATE: Review of Care Leavers EET", "SCRUTINY MONITORING – PROGRESS UPDATE", "Review:",
                "Link Officer/s:", "Alex Morgan", "Action Plan Agreed:", "September 2021",
                "Recommendation 7:", "Creates a brokerage resource", "Responsibility:", "Alex Morgan/Sam Okafor", "Date:",
                "3 by April 2022", "Agreed Action:", "Join the borough's employer forums", "Agreed Success Measure:",
                "Apprenticeships started: 3 by April 2022, 5 by April 2023",
                "Evidence of Progress (September 2022):", "Two apprentices in children's services",
                "Assessment of Progress (September 2022): (include explanation if required)", "2. On track",
                "Evidence of Impact (September 2022):",
                "Evidence of Progress (February 2023):", "One apprentice left",
                "Assessment of Progress (February 2023): (include explanation if required)", "3. Slipped",
                "Evidence of Impact (February 2023):",
                "Assessment of", "1", "2", "3", "4", "Progress Gradings:", "Fully Achieved", "On-Track", "Slipped", "Not Achieved");
        assertThat(text).doesNotContain("Draft round");
        assertThat(text).as("the measure's chart, counted up to the last published round, with its legend")
                .contains("Measure 1 over time against its milestones (placements, measured from Open Doors up to 28 February 2023)")
                .contains("Measured value").contains("Milestone target");
    }

    @Test
    void the_action_plan_is_a_table_with_the_seed_columns() throws Exception {
        Recommendation r = testPlans.planWithRecommendation("Action plan PDF " + System.nanoTime());
        String text = CertificatePdfText.of(SystemTask.run(() -> reports.actionPlanPdf(r.getPlanId()))).replaceAll("\\s+", " ");
        assertInOrder(text, "ACTION PLAN: Action plan PDF", "No.", "Recommendation", "Proposed Actions / Progress", "Success Measures",
                "Responsibility", "Date", "7", "Creates a brokerage resource", "Join the borough's employer forums",
                "Create a brokerage coordinator role", "Alex Morgan/Sam Okafor", "3 by April 2022");
    }

    private void publish(Recommendation r, String label, LocalDate asOf, Grade grade, String evidence) {
        SystemTask.run(() -> {
            ProgressRound round = progress.openRound(r.getPlanId(), label, asOf);
            ProgressEntry entry = progress.entries(round.getId()).get(r.getId());
            String explanation = grade == entry.getSuggestedGrade() ? null : "Explained in the meeting";
            return progress.publish(round.getId(), round.getVersion(), Map.of(r.getId(),
                    new ProgressService.EntryInput(evidence, grade, explanation, "Impact noted")));
        });
    }

    private static void assertInOrder(String text, String... parts) {
        int at = 0;
        for (String part : parts) {
            int found = text.indexOf(part, at);
            assertThat(found).as("\"" + part + "\" after position " + at + " in: " + text).isGreaterThanOrEqualTo(0);
            at = found + part.length();
        }
    }
}
