package org.opendoors.notification;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** Shows in /actuator/health how many e-mails wait or failed, and whether an SMTP server is configured. */
@Component("outbox")
class OutboxHealthIndicator implements HealthIndicator {

    private final OutboundEmailRepository emails;
    private final OutboxDispatcher dispatcher;

    OutboxHealthIndicator(OutboundEmailRepository emails, OutboxDispatcher dispatcher) {
        this.emails = emails;
        this.dispatcher = dispatcher;
    }

    @Override
    public Health health() {
        return Health.up()
                .withDetail("mode", dispatcher.isSending() ? "smtp" : "held (no SMTP server configured)")
                .withDetail("pending", emails.countByStatus(OutboundEmailStatus.PENDING))
                .withDetail("failed", emails.countByStatus(OutboundEmailStatus.FAILED))
                .build();
    }
}
