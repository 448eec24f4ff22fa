package org.opendoors.security;

/** A link from an e-mail that is unknown, used or expired; the message says which and what to do. */
public class InvalidLinkException extends RuntimeException {

    public InvalidLinkException(String message) {
        super(message);
    }
}
