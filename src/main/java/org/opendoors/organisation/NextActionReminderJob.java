package org.opendoors.organisation;

import org.opendoors.base.SystemTask;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

@Component
class NextActionReminderJob {

    private final ActivityService activities;

    NextActionReminderJob(ActivityService activities) {
        this.activities = activities;
    }

    @Scheduled(cron = "${opendoors.crm.reminder-cron}", zone = "Europe/London")
    @SchedulerLock(name = "crm-next-action-reminders", lockAtMostFor = "PT30M")
    void run() {
        SystemTask.run(activities::sendDueReminders);
    }
}
