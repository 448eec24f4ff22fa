package org.opendoors.notification;

import java.time.LocalDate;
import org.opendoors.privacy.RetentionKind;
import org.opendoors.privacy.RetentionRule;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Sent e-mail is deleted once past its period in the retention schedule (30 days by default). */
@Component
class SentEmailRetention implements RetentionRule {

    private final OutboundEmailRepository emails;

    SentEmailRetention(OutboundEmailRepository emails) {
        this.emails = emails;
    }

    @Override
    public RetentionKind kind() {
        return RetentionKind.SENT_EMAILS;
    }

    @Override
    @Transactional
    public int apply(LocalDate cutoff) {
        return emails.deleteSentBefore(RetentionRule.endOf(cutoff));
    }
}
