package org.opendoors.brokerage;

/** An ask went to an employer; carries the one-time token for the accept and decline links in the e-mail. */
public record AskSent(long askId, long organisationId, String token) {
}
