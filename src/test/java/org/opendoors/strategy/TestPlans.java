package org.opendoors.strategy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.opendoors.base.SystemTask;
import org.opendoors.base.figures.OrganisationKind;
import org.opendoors.brokerage.PlacementService;
import org.opendoors.offer.OfferTypeService;
import org.opendoors.organisation.OrganisationService;
import org.opendoors.organisation.OrganisationStatus;
import org.opendoors.security.Role;
import org.opendoors.security.TestUsers;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Action plans and the records their live measures count, for tests. Each call to {@link #world} makes organisations in
 * a sector of their own, so figures filtered by that sector count only the records made here.
 */
@Component
public class TestPlans {

    private final ActionPlanService plans;
    private final ProgressService progress;
    private final OrganisationService organisations;
    private final PlacementService placements;
    private final OfferTypeService types;
    private final TestUsers users;
    private final JdbcTemplate jdbc;

    TestPlans(ActionPlanService plans, ProgressService progress, OrganisationService organisations, PlacementService placements, OfferTypeService types,
              TestUsers users, JdbcTemplate jdbc) {
        this.plans = plans;
        this.progress = progress;
        this.organisations = organisations;
        this.placements = placements;
        this.types = types;
        this.users = users;
        this.jdbc = jdbc;
    }

    /** A sector of its own with an organisation in each of the areas named; the first is the council's own when asked. */
    public World world(boolean firstIsCouncil, String... areas) {
        String suffix = Long.toString(System.nanoTime(), 36);
        String sector = "Sector " + suffix;
        long[] ids = new long[areas.length];
        for (int i = 0; i < areas.length; i++) {
            String area = areas[i] + " " + suffix;
            String name = "Org " + i + " " + suffix;
            ids[i] = SystemTask.run(() -> organisations.create(name, sector, area, OrganisationStatus.ENGAGED, false).getId());
        }
        if (firstIsCouncil) {
            jdbc.update("update organisation set organisation_type = ? where id = ?", OrganisationKind.OWN_TYPE, ids[0]);
        }
        return new World(sector, suffix, ids, users.create(Role.ENGAGEMENT));
    }

    /** A placement of a type with one of the world's organisations, started on a date. */
    public void placement(World world, int organisation, String type, LocalDate start) {
        long typeId = types.active().stream().filter(t -> t.getName().equals(type)).findFirst().orElseThrow().getId();
        SystemTask.run(() -> users.service().runAs(world.engagement(), () -> placements.record("YP-" + (1000 + (int) (Math.random() * 8999)), null,
                world.organisations()[organisation], typeId, start, null)));
    }

    /** A plan agreed on 1 September 2021 with one recommendation. */
    public Recommendation planWithRecommendation(String title) {
        return SystemTask.run(() -> {
            ActionPlan plan = plans.savePlan(null, null, new PlanDetails(title, "Children and Young People Select Committee",
                    "Alex Morgan", LocalDate.of(2021, 9, 1)));
            return plans.saveRecommendation(plan.getId(), null, null, new RecommendationDetails(7,
                    "Creates a brokerage resource that finds, places and keeps young people leaving care in work",
                    List.of("Join the borough's employer forums", "Create a brokerage coordinator role"), "Alex Morgan/Sam Okafor",
                    "3 by April 2022 and at least 5 by April 2023 across at least 3 areas", LocalDate.of(2023, 4, 30)));
        });
    }

    /** Apprenticeships started in the world's sector: 3 by 30 April 2022, 5 by 30 April 2023, across at least {@code minAreas}. */
    public SuccessMeasure apprenticeships(long recommendationId, World world, Integer minAreas, OrganisationKind kind) {
        return SystemTask.run(() -> plans.saveMeasure(recommendationId, null, null, new MeasureDetails(
                "Apprenticeships started: 3 by April 2022, 5 by April 2023", "placements.started", null, world.sector(),
                "Apprenticeship", kind, LocalDate.of(2021, 9, 1), BigDecimal.ZERO, minAreas, List.of(
                        new MeasureDetails.Target(LocalDate.of(2022, 4, 30), new BigDecimal("3")),
                        new MeasureDetails.Target(LocalDate.of(2023, 4, 30), new BigDecimal("5"))))));
    }

    /** A draft progress round of the plan, as of 1 March 2023. */
    public long draftRound(long planId) {
        return SystemTask.run(() -> progress.openRound(planId, "March 2023", LocalDate.of(2023, 3, 1)).getId());
    }

    public record World(String sector, String suffix, long[] organisations, String engagement) {
    }
}
