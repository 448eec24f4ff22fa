package org.opendoors.event;

import org.opendoors.base.SystemTask;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Sends event reminders every few minutes, so "2 hours before" is on time. */
@Component
class EventJobs {

    private final SignupService signups;

    EventJobs(SignupService signups) {
        this.signups = signups;
    }

    @Scheduled(fixedDelayString = "${opendoors.events.reminder-poll:PT5M}")
    @SchedulerLock(name = "event-reminders", lockAtMostFor = "PT10M")
    void remind() {
        SystemTask.run(signups::sendReminders);
    }
}
