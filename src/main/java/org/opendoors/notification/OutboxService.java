package org.opendoors.notification;

import org.opendoors.base.csv.KeysetCsv;
import org.opendoors.base.csv.CsvColumns;
import java.io.OutputStream;
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

    static final CsvColumns<OutboundEmail> CSV_COLUMNS = CsvColumns.of(OutboundEmail.class)
            .add("Queued at", OutboundEmail::getCreatedAt)
            .add("To", OutboundEmail::getRecipient)
            .add("Subject", OutboundEmail::getSubject)
            .add("Status", e -> e.getStatus().name().toLowerCase(java.util.Locale.ROOT))
            .add("Attempts", OutboundEmail::getAttempts)
            .add("Sent at", OutboundEmail::getSentAt);

    private final KeysetCsv keyset;

    OutboxService(OutboundEmailRepository emails, OutboxDispatcher dispatcher, Clock clock, KeysetCsv keyset) {
        this.keyset = keyset;
        this.emails = emails;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @Secured(AppRoles.ROLE_ADMIN)
    public Page<OutboundEmail> list(OutboundEmailStatus status, Pageable pageable) {
        return status == null ? emails.findAll(pageable) : emails.findByStatus(status, pageable);
    }

    /** The outbox as filtered, as CSV, streamed: who, subject and delivery, never the message body. */
    @Transactional(readOnly = true)
    @Secured(AppRoles.ROLE_ADMIN)
    public void csv(OutboundEmailStatus status, OutputStream out) {
        keyset.write(out, CSV_COLUMNS, OutboundEmail.class, (afterId, upToId) -> emails.listBetween(status, afterId, upToId));
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
