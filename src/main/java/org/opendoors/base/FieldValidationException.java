package org.opendoors.base;

/**
 * A business rule refused the input. {@link #field()} names the form field the message belongs next to
 * (or is empty for a message about the whole form); the message is written for the person at the screen.
 */
public class FieldValidationException extends RuntimeException {

    private final String field;

    public FieldValidationException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
