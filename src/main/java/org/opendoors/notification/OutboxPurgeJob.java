package org.opendoors.notification;

import java.time.Clock;
import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Deletes sent e-mail once it is older than {@code OPEN_DOORS_MAIL_KEEP_SENT} (30 days by default), every night. */
@Component
class OutboxPurgeJob {

    private static final Logger log = LoggerFactory.getLogger(OutboxPurgeJob.class);

    private final OutboundEmailRepository emails;
    private final Clock clock;
    private final Duration keepSent;

    OutboxPurgeJob(OutboundEmailRepository emails, Clock clock, @Value("${opendoors.mail.keep-sent:P30D}") Duration keepSent) {
        this.emails = emails;
        this.clock = clock;
        this.keepSent = keepSent;
    }

    @Scheduled(cron = "${opendoors.mail.purge-cron:0 15 3 * * *}", zone = "Europe/London")
    @SchedulerLock(name = "outbox-purge", lockAtMostFor = "PT30M")
    @Transactional
    public void purge() {
        int deleted = emails.deleteSentBefore(clock.instant().minus(keepSent));
        if (deleted > 0) {
            log.info("Deleted {} sent e-mails older than {}", deleted, keepSent);
        }
    }
}
