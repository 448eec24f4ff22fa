package org.opendoors.notification;

import java.util.regex.Pattern;

/**
 * One-time links (confirm your address, set your password, answer an ask, cancel a sign-up) carry a 256-bit
 * token as a path segment. Once an e-mail is sent its stored copy keeps the link without the token, and the
 * Outbox view never shows a token, so nobody reading the outbox can use someone else's link.
 */
final class TokenLinks {

    /** A path segment of 32 or more URL-safe Base64 characters: a token (ids and words are shorter). */
    private static final Pattern TOKEN = Pattern.compile("(?<=/)[A-Za-z0-9_-]{32,}(?=[/?#\\s]|$)", Pattern.MULTILINE);
    static final String REMOVED = "[link removed]";

    private TokenLinks() {
    }

    static String redact(String body) {
        return body == null ? null : TOKEN.matcher(body).replaceAll(REMOVED);
    }
}
