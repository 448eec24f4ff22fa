package org.opendoors.notification;

import org.opendoors.base.csv.KeysetCsv;
import org.opendoors.base.csv.CsvColumns;
import java.io.OutputStream;
import org.springframework.security.access.annotation.Secured;
import java.time.Clock;
import org.opendoors.security.AppRoles;
import java.util.List;
import org.springframework.data.domain.Sort;
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
    private final OutboxListQuery pages;

    OutboxService(OutboundEmailRepository emails, OutboxDispatcher dispatcher, Clock clock, KeysetCsv keyset, OutboxListQuery pages) {
        this.pages = pages;
        this.keyset = keyset;
        this.emails = emails;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    /**
     * A page of the outbox in the order asked for: after {@code after}, the last row of the page before it, when known
     * (a seek, fast at any depth), else from {@code offset}.
     */
    @Transactional(readOnly = true)
    @Secured(AppRoles.ROLE_ADMIN)
    public List<OutboundEmail> list(OutboundEmailStatus status, Sort sort, OutboundEmail after, long offset, int limit) {
        return pages.page(status, sort, after, offset, limit);
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
