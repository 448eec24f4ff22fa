package org.opendoors.demo;

import static org.opendoors.demo.ListPageTimer.PAGE;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.opendoors.SpringTest;
import org.opendoors.admin.AuditTrailService;
import org.opendoors.base.SystemTask;
import org.opendoors.brokerage.AskService;
import org.opendoors.brokerage.PlaceRequestService;
import org.opendoors.brokerage.PlacementService;
import org.opendoors.event.EventService;
import org.opendoors.event.SignupService;
import org.opendoors.notification.OutboundEmail;
import org.opendoors.notification.OutboundEmailStatus;
import org.opendoors.notification.OutboxService;
import org.opendoors.offer.OfferService;
import org.opendoors.offer.OfferTypeService;
import org.opendoors.organisation.ActivityService;
import org.opendoors.organisation.AreaService;
import org.opendoors.pledge.CommitmentService;
import org.opendoors.pledge.PledgeService;
import org.opendoors.pledge.PledgeWallService;
import org.opendoors.security.AccountPrincipal;
import org.opendoors.security.Role;
import org.opendoors.security.UserAccountService;
import org.opendoors.socialvalue.ContractProgressService;
import org.opendoors.socialvalue.ContractService;
import org.opendoors.socialvalue.MeasureService;
import org.opendoors.socialvalue.ReturnService;
import org.opendoors.strategy.ActionPlanService;
import org.opendoors.strategy.ProgressService;
import org.opendoors.insight.InsightService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.TestPropertySource;

/**
 * Prints page fetch times for every list view besides the board and the organisation list ({@link ListPageBenchmark}),
 * in the same way ({@link ListPageTimer}): pledges, offers, place requests, asks, placements, events, sign-ups and
 * check-in, contracts and returns, users, outbox, audit trail, next actions, the catalogues, and the strategy and insight
 * lists. Lists of one person or organisation are measured for the one with the most rows. Not a timed test:
 * {@code ./mvnw test -Dtest=WorkListBenchmark -DexcludedGroups= -Dgroups=benchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
@TestPropertySource(properties = {ListPageTimer.QUIET_OUTBOX, ListPageTimer.NO_SMTP, ListPageTimer.QUIET_EVENT_REMINDERS,
        ListPageTimer.QUIET_MEASURE_READINGS})
class WorkListBenchmark extends SpringTest {

    @Autowired ScaleDataGenerator generator;
    @Autowired JdbcTemplate jdbc;
    @Autowired PledgeService pledges;
    @Autowired PledgeWallService wall;
    @Autowired OfferService offers;
    @Autowired PlaceRequestService requests;
    @Autowired AskService asks;
    @Autowired PlacementService placements;
    @Autowired EventService events;
    @Autowired SignupService signups;
    @Autowired ContractService contracts;
    @Autowired ContractProgressService progress;
    @Autowired ReturnService returns;
    @Autowired UserAccountService users;
    @Autowired OutboxService outbox;
    @Autowired AuditTrailService audit;
    @Autowired ActivityService activities;
    @Autowired AreaService areas;
    @Autowired OfferTypeService offerTypes;
    @Autowired CommitmentService commitments;
    @Autowired MeasureService measures;
    @Autowired ActionPlanService plans;
    @Autowired ProgressService rounds;
    @Autowired InsightService insight;

    @Test
    void list_pages_at_scale() {
        ListPageTimer timer = ListPageTimer.atScale(generator, jdbc);

        timer.measure("pledges to approve", () -> staff(pledges::countAwaitingApproval),
                page -> staff(() -> pledges.awaitingApproval(PageRequest.of(page, PAGE))).size());
        timer.measure("pledge wall", () -> wall.count(null, null), page -> wall.entries(null, null, page * PAGE, PAGE).size());
        timer.measure("pledge wall in North, Construction", () -> wall.count("Construction", "North"),
                page -> wall.entries("Construction", "North", page * PAGE, PAGE).size());
        long busiest = mostRows("offer", "organisation_id");
        timer.measure("an employer's offers", () -> employer(busiest, offers::countMine),
                page -> employer(busiest, () -> offers.mine(PageRequest.of(page, PAGE))).size());
        long requested = mostRows("place_request", "organisation_id");
        timer.measure("place requests to an employer", () -> staff(() -> requests.countForOrganisation(requested)),
                page -> staff(() -> requests.forOrganisation(requested, PageRequest.of(page, PAGE))).size());
        long adviser = mostRows("place_request", "adviser_user_id");
        timer.measure("an adviser's place requests", () -> as(adviser, null, Role.ADVISER, requests::countMine),
                page -> as(adviser, null, Role.ADVISER, () -> requests.mine(PageRequest.of(page, PAGE))).size());
        timer.measureWhole("requests awaiting placement (first 200)", () -> staff(requests::awaitingPlacement).size());
        timer.measure("asks", () -> staff(asks::count), page -> staff(() -> asks.all(PageRequest.of(page, PAGE))).size());
        long asked = mostRows("engagement_ask", "organisation_id");
        timer.measure("asks to an employer", () -> staff(() -> asks.countFor(asked)),
                page -> staff(() -> asks.forOrganisation(asked, PageRequest.of(page, PAGE))).size());
        timer.measure("placements", () -> staff(placements::count),
                page -> staff(() -> placements.all(PageRequest.of(page, PAGE))).size());
        long owner = mostRows("placement", "owner_user_id");
        timer.measureWhole("my sustainment checks due (first 100)",
                () -> as(owner, null, Role.ENGAGEMENT, placements::myDueChecks).size());
        timer.measure("events", () -> staff(events::count), page -> staff(() -> events.all(PageRequest.of(page, PAGE))).size());
        long event = mostRows("event_signup", "event_id");
        timer.measure("an event's sign-ups and check-in", () -> staff(() -> signups.countSearch(event, null)),
                page -> staff(() -> signups.search(event, null, PageRequest.of(page, PAGE))).size());
        timer.measure("check-in searched for 'taylor'", () -> staff(() -> signups.countSearch(event, "taylor")),
                page -> staff(() -> signups.search(event, "taylor", PageRequest.of(page, PAGE))).size());
        timer.measure("contracts", () -> staff(contracts::count),
                page -> staff(() -> contracts.all(PageRequest.of(page, PAGE))).size());
        long supplier = mostRows("contract", "supplier_id");
        timer.measure("a supplier's contracts", () -> employer(supplier, contracts::countMine),
                page -> employer(supplier, () -> contracts.mine(PageRequest.of(page, PAGE))).size());
        long contract = mostRows("kpi_return", "contract_id");
        timer.measureWhole("a contract's returns", () -> staff(() -> returns.ofContract(contract)).size());
        timer.measureWhole("overdue returns (procurement home)", () -> staff(progress::overview).overdue().size());
        long staff = count("user_account", "true");
        timer.measureWithoutCount("users by name", staff,
                page -> staff(() -> users.search(null, PageRequest.of(page, PAGE, Sort.by("displayName")))).getNumberOfElements());
        timer.measureWithoutCount("users searched for 'taylor', by e-mail", count("user_account", "display_name like '%Taylor%'"),
                page -> staff(() -> users.search("taylor", PageRequest.of(page, PAGE, Sort.by("email")))).getNumberOfElements());
        for (var list : List.of(new Outbox("outbox, newest first", null, Sort.unsorted()),
                new Outbox("outbox sent, by recipient", OutboundEmailStatus.SENT, Sort.by("recipient")),
                new Outbox("outbox sent, by queued desc", OutboundEmailStatus.SENT, Sort.by(Sort.Direction.DESC, "createdAt")))) {
            // the grid reaches a page by scrolling: it continues after the last row of the page before (found untimed here)
            Map<Integer, OutboundEmail> rowBefore = new HashMap<>();
            IntFunction<OutboundEmail> before = page -> page == 0 ? null : rowBefore.computeIfAbsent(page,
                    p -> staff(() -> outbox.list(list.status(), list.sort(), null, (long) p * PAGE - 1, 1)).getFirst());
            timer.measureWithoutCount(list.label(), count("outbound_email", list.status() == null ? "true" : "status = '" + list.status() + "'"),
                    page -> {
                        OutboundEmail after = before.apply(page);
                        return staff(() -> outbox.list(list.status(), list.sort(), after, (long) page * PAGE, PAGE)).size();
                    });
        }
        timer.measure("audit trail", () -> staff(audit::count), page -> staff(() -> audit.page(page * PAGE, PAGE)).size());
        long actor = jdbc.queryForObject("""
                select owner_user_id from activity where next_action is not null and not next_action_done
                group by owner_user_id order by count(*) desc limit 1""", Long.class);
        timer.measureWhole("my next actions (engagement home)",
                () -> as(actor, null, Role.ENGAGEMENT, () -> activities.myNextActions(10)).size());
        timer.measureWhole("catalogues: areas", () -> staff(areas::all).size());
        timer.measureWhole("catalogues: offer types", () -> staff(offerTypes::all).size());
        timer.measureWhole("catalogues: commitments", () -> staff(commitments::all).size());
        timer.measureWhole("catalogues: measures", () -> staff(measures::all).size());
        strategyAndInsight(timer);
    }

    /**
     * The strategy views' lists (each short by nature and shown whole) for the plan, round and recommendation with most rows,
     * and the insight page's list of published figures (the figures themselves are {@code FigureBenchmark}'s). The tracker's
     * grade and responsibility filters work on the rows fetched here, in the view.
     */
    private void strategyAndInsight(ListPageTimer timer) {
        timer.measureWhole("action plans", () -> staff(plans::plans).size());
        long plan = mostRows("recommendation", "plan_id");
        // the first, untimed fetch reads and stores any reading not stored yet, as the scheduled job would have
        timer.measureWhole("tracker: a plan's recommendations", () -> staff(() -> rounds.tracker(plan)).size());
        timer.measureWhole("leadership home: every plan's grades", () -> staff(() -> {
            var grades = rounds.gradesByPlan();
            return plans.plans().stream().map(p -> grades.getOrDefault(p.getId(), ProgressService.PlanGrades.NONE))
                    .mapToInt(g -> g.notGraded() + g.byGrade().values().stream().mapToInt(Integer::intValue).sum()).sum();
        }));
        timer.measureWhole("a plan's progress rounds", () -> staff(() -> rounds.rounds(plan)).size());
        long round = mostRows("progress_entry", "round_id");
        timer.measureWhole("a progress round's entries", () -> staff(() -> {
            plans.recommendations(rounds.round(round).orElseThrow().getPlanId());
            return rounds.entries(round).size();
        }));
        long recommendation = jdbc.queryForObject("""
                select m.recommendation_id from success_measure m join recommendation r on r.id = m.recommendation_id
                where r.plan_id = ? and m.figure_key is not null order by m.id limit 1""", Long.class, plan);
        timer.measureWhole("a recommendation's measures, as read, charts", () -> staff(() -> {
            plans.measures(recommendation);
            plans.charts(recommendation);
            return plans.measuresNow(recommendation).readings().size();
        }));
        timer.measureWhole("a recommendation's measures, as read", () -> staff(() -> plans.measuresNow(recommendation).readings().size()));
        timer.measureWhole("a recommendation's assessments", () -> staff(() -> {
            var entries = rounds.entriesOf(recommendation);
            return (int) rounds.rounds(plan).stream().filter(r -> entries.containsKey(r.getId())).count();
        }));
        timer.measureWhole("insight: figures on the public page", () -> insight.publishedKeys().size());
    }

    private record Outbox(String label, OutboundEmailStatus status, Sort sort) {
    }

    private long count(String table, String where) {
        return jdbc.queryForObject("select count(*) from %s where %s".formatted(table, where), Long.class);
    }

    /** The value of {@code column} with the most rows in {@code table}: whose list is longest. */
    private long mostRows(String table, String column) {
        return jdbc.queryForObject("select %s from %s group by %1$s order by count(*) desc limit 1".formatted(column, table), Long.class);
    }

    private static <T> T staff(Supplier<T> work) {
        return SystemTask.run(work);
    }

    private static <T> T employer(long organisationId, Supplier<T> work) {
        return as(0, organisationId, Role.EMPLOYER, work);
    }

    private static <T> T as(long userId, Long organisationId, Role role, Supplier<T> work) {
        AccountPrincipal principal = new AccountPrincipal(userId, "benchmark@example.org", "Benchmark", EnumSet.of(role),
                organisationId, false, true, null, null);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        return SystemTask.runAs(context, work);
    }
}
