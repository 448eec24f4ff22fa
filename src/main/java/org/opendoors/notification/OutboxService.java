package org.opendoors.notification;

import org.springframework.security.access.annotation.Secured;
import java.time.Clock;
import org.opendoors.security.AppRoles;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What ADMIN sees of the outbox: every e-mail, whether sent, waiting or failed. */
@Service
public class OutboxService {

    private final OutboundEmailRepository emails;
    private final OutboxDispatcher dispatcher;
    private final Clock clock;

    OutboxService(OutboundEmailRepository emails, OutboxDispatcher dispatcher, Clock clock) {
        this.emails = emails;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @Secured(AppRoles.ROLE_ADMIN)
    public Page<OutboundEmail> list(OutboundEmailStatus status, Pageable pageable) {
        return status == null ? emails.findAll(pageable) : emails.findByStatus(status, pageable);
    }

    @Transactional(readOnly = true)
    @Secured(AppRoles.ROLE_ADMIN)
    public long count(OutboundEmailStatus status) {
        return status == null ? emails.count() : emails.countByStatus(status);
    }

    /** Puts a FAILED e-mail back in the queue. */
    @Transactional
    @Secured(AppRoles.ROLE_ADMIN)
    public void retry(long id) {
        emails.findById(id).ifPresent(email -> email.retryNow(clock.instant()));
    }

    /** False when no SMTP server is configured and e-mail is only kept here. */
    public boolean isSending() {
        return dispatcher.isSending();
    }
}
