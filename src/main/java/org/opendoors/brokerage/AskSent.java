package org.opendoors.brokerage;

import java.time.LocalDateTime;

/**
 * An ask went to an employer: what it asks for and when (UK time), and the one-time token for the accept and
 * decline links in the e-mail.
 */
public record AskSent(long askId, long organisationId, String token, String offerTypeName, LocalDateTime proposedAt,
                      String details) {
}
