package org.opendoors.brokerage;

import org.opendoors.base.SystemTask;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Chases and expires asks every hour; sustainment check reminders every morning. */
@Component
class BrokerageJobs {

    private final AskService asks;
    private final PlacementService placements;

    BrokerageJobs(AskService asks, PlacementService placements) {
        this.asks = asks;
        this.placements = placements;
    }

    @Scheduled(cron = "0 5 * * * *", zone = "Europe/London")
    @SchedulerLock(name = "brokerage-chase-asks", lockAtMostFor = "PT30M")
    void chaseAsks() {
        SystemTask.run(asks::chaseAndExpire);
    }

    @Scheduled(cron = "${opendoors.crm.reminder-cron}", zone = "Europe/London")
    @SchedulerLock(name = "brokerage-check-reminders", lockAtMostFor = "PT30M")
    void remindChecks() {
        SystemTask.run(placements::sendCheckReminders);
    }
}
