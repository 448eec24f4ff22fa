package org.opendoors.base;

/** A setting (an environment variable) that Open Doors cannot start with; the message says which and why. */
public class InvalidSettingException extends RuntimeException {

    private final String action;

    public InvalidSettingException(String message, String action, Throwable cause) {
        super(message, cause);
        this.action = action;
    }

    public String action() {
        return action;
    }
}
