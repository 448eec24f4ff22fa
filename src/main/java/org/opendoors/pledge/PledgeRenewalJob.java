package org.opendoors.pledge;

import org.opendoors.base.SystemTask;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the renewal reminders and lapses every morning, and once soon after start-up. */
@Component
class PledgeRenewalJob {

    private final PledgeService pledges;

    PledgeRenewalJob(PledgeService pledges) {
        this.pledges = pledges;
    }

    @Scheduled(cron = "${opendoors.pledge.renewal-cron:0 0 7 * * *}", zone = "Europe/London")
    void run() {
        SystemTask.run(pledges::processRenewals);
    }
}
