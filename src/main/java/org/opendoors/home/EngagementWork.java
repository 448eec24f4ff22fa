package org.opendoors.home;

import java.time.LocalDate;
import java.util.List;
import org.opendoors.brokerage.AskService;
import org.opendoors.brokerage.PlacementService;
import org.opendoors.event.EventService;
import org.opendoors.insight.InsightService;
import org.opendoors.organisation.Activity;
import org.opendoors.organisation.ActivityService;
import org.opendoors.pledge.PledgeService;
import org.opendoors.security.AppRoles;
import org.opendoors.socialvalue.ContractProgressService;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;

/**
 * The engagement team's work at a glance, read in one call: what waits for them across pledges, asks, sustainment
 * checks, social value returns, their own next actions and this month's events, and three headline figures.
 */
@Service
public class EngagementWork {

    /** The headline figures on the home page: who engaged, who started, who was reached, over the last 12 months. */
    static final List<String> HEADLINES = List.of("employers.engaged", "placements.started", "deliveries.young-people");
    static final int NEXT_ACTIONS_SHOWN = 50;

    private final PledgeService pledges;
    private final AskService asks;
    private final PlacementService placements;
    private final ContractProgressService contracts;
    private final ActivityService activities;
    private final EventService events;
    private final InsightService insight;

    EngagementWork(PledgeService pledges, AskService asks, PlacementService placements, ContractProgressService contracts,
                   ActivityService activities, EventService events, InsightService insight) {
        this.pledges = pledges;
        this.asks = asks;
        this.placements = placements;
        this.contracts = contracts;
        this.activities = activities;
        this.events = events;
        this.insight = insight;
    }

    /** The counts, the signed-in person's open next actions (soonest first) and the headline figures. */
    public record Glance(long pledgesToApprove, long asksWaiting, long checksDue, long overdueReturns, long myActionsDue,
                         long eventsThisMonth, List<Activity> nextActions, List<InsightService.Headline> headlines,
                         LocalDate headlinesFrom) {
    }

    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN})
    public Glance glance() {
        LocalDate today = insight.today();
        LocalDate from = insight.defaultFrom();
        return new Glance(pledges.countAwaitingApproval(), asks.countWaiting(), placements.countMyDueChecks(),
                contracts.countOverdueReturns(), activities.countMyNextActionsDueBy(today), events.countThisMonth(),
                activities.myNextActions(NEXT_ACTIONS_SHOWN), insight.headlines(HEADLINES, from, today), from);
    }

    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN})
    public void markNextActionDone(long activityId) {
        activities.markNextActionDone(activityId);
    }
}
