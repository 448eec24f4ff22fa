package org.opendoors.organisation;

import org.opendoors.base.SystemTask;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

@Component
class NextActionReminderJob {

    private final ActivityService activities;

    NextActionReminderJob(ActivityService activities) {
        this.activities = activities;
    }

    @Scheduled(cron = "${opendoors.crm.reminder-cron}", zone = "Europe/London")
    void run() {
        SystemTask.run(activities::sendDueReminders);
    }
}
