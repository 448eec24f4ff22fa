package org.opendoors.base.personal;

import java.util.Locale;
import org.opendoors.base.FieldValidationException;

/**
 * Whom to look for: an e-mail address (matched exactly, in any case) or part of a name. What was typed decides:
 * text with an {@code @} is an e-mail address.
 */
public record PersonQuery(String email, String name) {

    public static final String FIELD = "query";

    /** The search as typed, or a refusal on the search field saying what to type. */
    public static PersonQuery of(String typed) {
        String text = typed == null ? "" : typed.trim();
        if (text.isEmpty()) {
            throw new FieldValidationException(FIELD, "Enter an e-mail address or a name");
        }
        if (text.contains("@")) {
            return byEmail(text);
        }
        if (text.length() < 2) {
            throw new FieldValidationException(FIELD, "Enter at least 2 letters of the name");
        }
        return new PersonQuery(null, text);
    }

    public static PersonQuery byEmail(String email) {
        return new PersonQuery(email.trim().toLowerCase(Locale.ROOT), null);
    }

    public boolean isEmail() {
        return email != null;
    }
}
