package org.opendoors.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opendoors.SpringTest;
import org.opendoors.base.SystemTask;
import org.opendoors.organisation.OrganisationService;
import org.opendoors.organisation.OrganisationStatus;
import org.opendoors.security.Role;
import org.opendoors.security.TestUsers;
import org.opendoors.strategy.ActionPlan;
import org.opendoors.strategy.ActionPlanService;
import org.opendoors.strategy.MeasureReading;
import org.opendoors.strategy.ProgressService;
import org.opendoors.strategy.TrackerRow;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo action plan: seven recommendations, four published rounds with R7 graded 2 → 3 → 2 → 1 like the scrutiny
 * update, and live measures that count the demo placements (checked against a count by hand).
 */
class DemoStrategyTest extends SpringTest {

    @Autowired
    DemoStrategy demo;

    @Autowired
    OrganisationService organisations;

    @Autowired
    ActionPlanService plans;

    @Autowired
    ProgressService progress;

    @Autowired
    TestUsers users;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Test
    void the_demo_plan_has_seven_recommendations_four_published_rounds_and_live_measures_over_demo_placements() {
        String engagement = users.create(Role.ENGAGEMENT);
        // as in the demo, an external employer has logged an offer
        org.opendoors.TestEmployers.Employer employer = context.getBean(org.opendoors.TestEmployers.class).register(false);
        context.getBean(org.opendoors.TestOffers.class).open(employer.email(), "Mock interviews", "Mock interview", "Retail", null);
        Map<String, Long> employers = new HashMap<>();
        String[][] orgs = {{"Harbourside Construction Ltd", "Central"}, {"Estuary Care Homes", "East"},
                {"Kingsway Hotels Group", "Seafront"}, {"Northgate Logistics", "North"}};
        for (String[] o : orgs) {
            employers.put(o[0], SystemTask.run(() -> organisations.create(o[0] + " " + System.nanoTime(), "Demo", o[1],
                    OrganisationStatus.ENGAGED, false).getId()));
        }
        SystemTask.run(() -> demo.load(engagement, employers));

        ActionPlan plan = SystemTask.run(() -> plans.plans()).stream().filter(p -> p.getTitle().equals("Review of Care Leavers EET"))
                .findFirst().orElseThrow();
        List<TrackerRow> rows = SystemTask.run(() -> progress.tracker(plan.getId()));
        assertThat(rows).hasSize(7);
        assertThat(SystemTask.run(() -> progress.rounds(plan.getId()))).hasSize(4).allSatisfy(r -> assertThat(r.isPublished()).isTrue());
        assertThat(rows.get(6).historyText()).isEqualTo("2 → 3 → 2 → 1");
        // recommendation 6, counted by hand: the council's own apprenticeships start 3, 6, 14, 22 and 30 months after agreement
        MeasureReading apprenticeships = rows.get(5).readings().stream().filter(MeasureReading::live).findFirst().orElseThrow();
        assertThat(apprenticeships.figure().value()).isEqualByComparingTo("5");
        LocalDate firstMilestone = plan.getAgreedOn().plusMonths(8).minusDays(1);
        MeasureReading atFirst = SystemTask.run(() -> plans.readings(rows.get(5).recommendation().getId(), firstMilestone)).stream()
                .filter(MeasureReading::live).findFirst().orElseThrow();
        assertThat(atFirst.figure().value()).isEqualByComparingTo("2");
        assertThat(plan.getAgreedOn()).isEqualTo(YearMonth.now(clock).minusMonths(36).atDay(1));
    }
}
