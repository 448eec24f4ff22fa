package org.opendoors.organisation;

/** A verification link that is unknown, already used or out of date; the message says which and what to do. */
public class RegistrationLinkException extends RuntimeException {

    RegistrationLinkException(String message) {
        super(message);
    }
}
