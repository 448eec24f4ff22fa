package org.opendoors.event;

import org.opendoors.base.SystemTask;
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
    void remind() {
        SystemTask.run(signups::sendReminders);
    }
}
