package org.opendoors.socialvalue;

import org.opendoors.base.SystemTask;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

@Component
class ReturnJobs {

    private final ReturnService returns;

    ReturnJobs(ReturnService returns) {
        this.returns = returns;
    }

    @Scheduled(cron = "${opendoors.crm.reminder-cron}", zone = "Europe/London")
    @SchedulerLock(name = "social-value-return-reminders", lockAtMostFor = "PT30M")
    void remind() {
        SystemTask.run(returns::sendReminders);
    }
}
