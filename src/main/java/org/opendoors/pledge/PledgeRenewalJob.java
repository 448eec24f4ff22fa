package org.opendoors.pledge;

import org.opendoors.base.SystemTask;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the renewal reminders and lapses every morning. Safe on several instances: each pledge carries an
 * optimistic-lock version, so a second concurrent run fails to save, and its e-mails roll back with it.
 */
@Component
class PledgeRenewalJob {

    private final PledgeService pledges;

    PledgeRenewalJob(PledgeService pledges) {
        this.pledges = pledges;
    }

    @Scheduled(cron = "${opendoors.pledge.renewal-cron}", zone = "Europe/London")
    @SchedulerLock(name = "pledge-renewals", lockAtMostFor = "PT30M")
    void run() {
        SystemTask.run(pledges::processRenewals);
    }
}
