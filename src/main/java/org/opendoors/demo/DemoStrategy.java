package org.opendoors.demo;

import org.opendoors.base.ui.Formats;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.opendoors.base.figures.OrganisationKind;
import org.opendoors.brokerage.Placement;
import org.opendoors.brokerage.PlacementService;
import org.opendoors.brokerage.SustainmentCheck;
import org.opendoors.brokerage.SustainmentResult;
import org.opendoors.offer.OfferTypeService;
import org.opendoors.organisation.OrganisationService;
import org.opendoors.organisation.OrganisationStatus;
import org.opendoors.security.UserAccountService;
import org.opendoors.socialvalue.Grade;
import org.opendoors.strategy.ActionPlan;
import org.opendoors.strategy.ActionPlanService;
import org.opendoors.strategy.MeasureDetails;
import org.opendoors.strategy.PlanDetails;
import org.opendoors.strategy.ProgressEntry;
import org.opendoors.strategy.ProgressRound;
import org.opendoors.strategy.ProgressService;
import org.opendoors.strategy.Recommendation;
import org.opendoors.strategy.RecommendationDetails;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The council's action plan for the demo: the seven recommendations of a scrutiny review of care leavers' EET, in our
 * own words with made-up officers, live measures over placements (some at the council itself, a public body) and offers
 * spread over three years, and four progress rounds published like a scrutiny progress update. Dates are relative to
 * today: the plan was agreed three years ago.
 */
@Component
class DemoStrategy {

    static final String COUNCIL = "Anytown Borough Council";
    private static final String LEAD = "Alex Morgan";
    private static final String LEADS = "Alex Morgan/Sam Okafor";

    private final ActionPlanService plans;
    private final ProgressService progress;
    private final OrganisationService organisations;
    private final PlacementService placements;
    private final OfferTypeService types;
    private final UserAccountService accounts;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    DemoStrategy(ActionPlanService plans, ProgressService progress, OrganisationService organisations, PlacementService placements,
                 OfferTypeService types, UserAccountService accounts, JdbcTemplate jdbc, Clock clock) {
        this.plans = plans;
        this.progress = progress;
        this.organisations = organisations;
        this.placements = placements;
        this.types = types;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void load(String engagement, Map<String, Long> employers) {
        LocalDate agreed = YearMonth.now(clock).minusMonths(36).atDay(1);
        long council = organisations.create(COUNCIL, "Public sector", "Central", OrganisationStatus.ENGAGED, false).getId();
        jdbc.update("update organisation set organisation_type = ? where id = ?", OrganisationKind.OWN_TYPE, council);
        jdbc.update("update offer set created_at = ? where organisation_id = ?", agreed.plusMonths(4).atStartOfDay(),
                employers.get("Harbourside Construction Ltd"));
        // placements over the three years: the council's own apprenticeships and work experience, and local employers'
        int[][] councilApprenticeships = {{3}, {6}, {14}, {22}, {30}};
        for (int[] month : councilApprenticeships) {
            placement(engagement, council, "Apprenticeship", agreed.plusMonths(month[0]).plusDays(4));
        }
        for (int month : new int[] {2, 9, 16, 28, 32}) {
            placement(engagement, council, "Paid work experience", agreed.plusMonths(month).plusDays(10));
        }
        Object[][] external = {{"Harbourside Construction Ltd", 5}, {"Estuary Care Homes", 15}, {"Kingsway Hotels Group", 25},
                {"Northgate Logistics", 31}};
        for (Object[] e : external) {
            placement(engagement, employers.get((String) e[0]), "Apprenticeship", agreed.plusMonths((int) e[1]).plusDays(1));
        }

        ActionPlan plan = plans.savePlan(null, null, new PlanDetails("Review of Care Leavers EET",
                "Children and Young People Select Committee", LEAD, agreed));
        long planId = plan.getId();
        LocalDate firstMilestone = agreed.plusMonths(8).minusDays(1);
        LocalDate secondMilestone = agreed.plusMonths(20).minusDays(1);
        Recommendation r1 = recommendation(planId, 1, "Makes the move from children's to adult services smoother and helps young people "
                        + "leaving care cope with the step from education into work or training.",
                List.of("Set up a short-life group of partners to agree post-18 transition plans.",
                        "Check the quality and outcomes of those plans through the Children in Our Care Strategic Group."),
                LEADS, "5% above the national average in the first year and 10% in the second");
        narrative(r1, "More young people move into education, employment or training after 18 and stay there: at least 5% above the "
                + "national average by the first year and 10% by the second.");
        Recommendation r2 = recommendation(planId, 2, "Refocuses the workforce on getting young people in or leaving care into "
                        + "education, employment or training.",
                List.of("Put EET at the heart of youth and children's services.",
                        "Widen existing roles so each young person has one worker who arranges the support they need."),
                LEAD, MONTH(firstMilestone));
        narrative(r2, "Fewer workers involved with each young person leaving care; a skilled, flexible workforce.");
        Recommendation r3 = recommendation(planId, 3, "Looks for local and national incentives for young people and employers once "
                        + "a job is found.",
                List.of("Review the EET clinic to include funding and incentives that help young people take up and keep opportunities."),
                LEAD, MONTH(firstMilestone));
        live(r3, "Much better employer engagement: at least 2 major employers championing young people leaving care; an employer "
                + "network.", "employers.engaged", null, OrganisationKind.EXTERNAL, agreed, null,
                List.of(new MeasureDetails.Target(firstMilestone, new BigDecimal("2"))));
        Recommendation r4 = recommendation(planId, 4, "Works harder to find interview opportunities for young people leaving care.",
                List.of("Train more of the workforce to work with employers and on interview technique.",
                        "Add employer engagement and interview support to job descriptions."),
                LEAD, MONTH(firstMilestone));
        narrative(r4, "More skilled and confident workers, leading to more interviews; 50% more staff able to help.");
        Recommendation r5 = recommendation(planId, 5, "Keeps education, employment and training at the front of all work with "
                        + "children and young people, above all those leaving care.",
                List.of("Review the leaving care offer to put EET first, monitored by the multi-agency strategic group."),
                LEAD, "From " + MONTH(agreed));
        narrative(r5, "A multi-agency action plan included, monitored and challenged in the strategic group.");
        Recommendation r6 = recommendation(planId, 6, "Commits the whole council to a lasting way of offering work experience and "
                        + "apprenticeships within the council to young people leaving care.",
                List.of("Propose how to build on existing work, for members' and senior managers' approval.",
                        "Help staff to find and support apprenticeships and work experience in the council."),
                LEADS, "Apprenticeships in the council: 3 by " + MONTH(firstMilestone) + " and at least 5 by " + MONTH(secondMilestone));
        live(r6, "More leaving care apprenticeships within the council: 3 by " + MONTH(firstMilestone) + " and at least 5 by "
                        + MONTH(secondMilestone) + ".", "placements.started", "Apprenticeship", OrganisationKind.OWN, agreed, null,
                List.of(new MeasureDetails.Target(firstMilestone, new BigDecimal("3")),
                        new MeasureDetails.Target(secondMilestone, new BigDecimal("5"))));
        live(r6, "More work experience within the council.", "placements.started", "Paid work experience", OrganisationKind.OWN, agreed,
                null, List.of());
        Recommendation r7 = recommendation(planId, 7, "Commits the borough to a lasting way of opening work experience and jobs with "
                        + "local employers and partners, through a dedicated brokerage team that finds, places and keeps young people "
                        + "leaving care in education, employment and training.",
                List.of("Join the borough's existing forums and strategic groups to widen work experience and jobs.",
                        "Use the review of children's services to create a dedicated brokerage coordinator."),
                LEADS, "3 by " + MONTH(firstMilestone) + " and at least 5 by " + MONTH(secondMilestone) + " across at least 4 areas");
        live(r7, "More apprenticeships and opportunities: 3 by " + MONTH(firstMilestone) + " and at least 5 by " + MONTH(secondMilestone)
                        + ", across at least 4 areas.", "placements.started", "Apprenticeship", OrganisationKind.ANY, agreed, 4,
                List.of(new MeasureDetails.Target(firstMilestone, new BigDecimal("3")),
                        new MeasureDetails.Target(secondMilestone, new BigDecimal("5"))));

        List<Recommendation> all = List.of(r1, r2, r3, r4, r5, r6, r7);
        int[][] grades = {{2, 2, 2, 1}, {2, 3, 2, 2}, {3, 3, 2, 2}, {2, 2, 2, 1}, {2, 2, 1, 1}, {2, 3, 2, 1}, {2, 3, 2, 1}};
        int[] monthsAfter = {12, 17, 26, 34};
        for (int round = 0; round < monthsAfter.length; round++) {
            LocalDate asOf = YearMonth.from(agreed.plusMonths(monthsAfter[round])).atEndOfMonth();
            ProgressRound opened = progress.openRound(planId, MONTH(asOf), asOf);
            Map<Long, ProgressEntry> entries = progress.entries(opened.getId());
            Map<Long, ProgressService.EntryInput> inputs = new java.util.HashMap<>();
            for (int i = 0; i < all.size(); i++) {
                Recommendation r = all.get(i);
                ProgressEntry entry = entries.get(r.getId());
                Grade grade = Grade.of(grades[i][round]);
                String prefilled = entry.getEvidenceOfProgress();
                String evidence = (prefilled == null ? "" : prefilled + "\n") + EVIDENCE[round];
                String explanation = entry.getSuggestedGrade() == null || entry.getSuggestedGrade() == grade ? null
                        : "The figures alone do not show it: " + EXPLANATION[round];
                inputs.put(r.getId(), new ProgressService.EntryInput(evidence, grade, explanation, IMPACT[round]));
            }
            progress.publish(opened.getId(), opened.getVersion(), inputs);
        }
    }

    private static final String[] EVIDENCE = {
            "The brokerage coordinator is in post and has met the main employer forums.",
            "Fewer placements than hoped this half-year; the pathway team now meets work-ready young people where they are comfortable.",
            "Progress continues; every directorate has been asked to offer at least one opportunity.",
            "Work placements and apprenticeships are running across the council and with local employers."};
    private static final String[] EXPLANATION = {
            "the first placements were agreed just after the round's date.",
            "two placements ended early and the team is re-planning with partners.",
            "the protocol with the job centre will move more young people into work.",
            "the apprenticeship route is now part of the council's workforce plan."};
    private static final String[] IMPACT = {
            "Teams think differently about young people and the importance of EET.",
            "Children's services work together on this and the employer engagement worker opens conversations with employers.",
            "Children's services have shown what works; it is the blueprint for the rest of the council.",
            "Cabinet is asked to endorse extra employability support and guaranteed interviews for care-experienced young people."};

    private static String MONTH(LocalDate date) {
        return Formats.longMonth(date);
    }

    private Recommendation recommendation(long planId, int number, String text, List<String> actions, String responsibility,
                                          String dateText) {
        return plans.saveRecommendation(planId, null, null, new RecommendationDetails(number, text, actions, responsibility, dateText,
                null));
    }

    private void narrative(Recommendation r, String description) {
        plans.saveMeasure(r.getId(), null, null, new MeasureDetails(description, null, null, null, null, null, null, null, null, List.of()));
    }

    private void live(Recommendation r, String description, String figure, String type, OrganisationKind kind, LocalDate from,
                      Integer minAreas, List<MeasureDetails.Target> milestones) {
        plans.saveMeasure(r.getId(), null, null, new MeasureDetails(description, figure, null, null, type, kind, from,
                BigDecimal.ZERO, minAreas, milestones));
    }

    private void placement(String engagement, long organisationId, String type, LocalDate start) {
        long typeId = types.active().stream().filter(t -> t.getName().equals(type)).findFirst().orElseThrow().getId();
        int reference = 6000 + (int) (organisationId * 97 + start.toEpochDay()) % 3000;
        Placement placement = accounts.runAs(engagement, () -> placements.record("YP-" + reference, null, organisationId, typeId,
                start, null));
        LocalDate today = LocalDate.now(clock);
        for (SustainmentCheck check : accounts.runAs(engagement, () -> placements.checksOf(placement.getId()))) {
            if (!check.getDueOn().isAfter(today)) {
                accounts.runAs(engagement, () -> {
                    placements.recordCheck(check.getId(), SustainmentResult.IN_EET);
                    return null;
                });
            }
        }
    }
}
