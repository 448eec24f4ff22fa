package org.opendoors.brokerage;

import java.util.Locale;
import java.util.regex.Pattern;
import org.opendoors.base.FieldValidationException;

/**
 * Keeps young people pseudonymous (UK GDPR data minimisation): a reference like YP-4821 or the council's own
 * case reference, never a name; free text may not carry an e-mail address, phone number, date of birth or
 * postcode. Each refusal says why, next to the field.
 */
public final class PersonalDataGuard {

    public static final int REFERENCE_MAX_LENGTH = 20;
    /** YP- and digits, or a case reference: letters, digits and hyphens with at least three digits. */
    private static final Pattern REFERENCE = Pattern.compile("^(YP-\\d{3,10}|(?=(?:[^0-9]*[0-9]){3})[A-Z0-9][A-Z0-9-]{3,19})$");
    private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");
    private static final Pattern PHONE = Pattern.compile("(?<!\\d)(?:\\+?44[\\s-]?|0)(?:\\d[\\s-]?){9,10}(?!\\d)");
    private static final Pattern DATE = Pattern.compile("\\b\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{2}|\\d{4})\\b");
    private static final Pattern POSTCODE = Pattern.compile("\\b[A-Z]{1,2}\\d[A-Z\\d]?\\s*\\d[A-Z]{2}\\b", Pattern.CASE_INSENSITIVE);

    private PersonalDataGuard() {
    }

    /** The reference, upper-cased; refused if it could be a name or is not in a reference format. */
    public static String reference(String typed, String field) {
        String reference = typed == null ? "" : typed.trim().toUpperCase(Locale.ROOT);
        if (reference.isEmpty()) {
            throw new FieldValidationException(field, "Enter the young person's reference, like YP-4821");
        }
        if (!REFERENCE.matcher(reference).matches()) {
            throw new FieldValidationException(field, "Enter a reference like YP-4821 or your case reference, not a name: "
                    + "Open Doors never stores young people's names");
        }
        return reference;
    }

    /** Free text about a young person, refused if it holds contact or identifying details. */
    public static String freeText(String text, String field) {
        if (text == null) {
            return null;
        }
        if (EMAIL.matcher(text).find()) {
            throw new FieldValidationException(field, "Remove the e-mail address: Open Doors must not hold young people's contact details");
        }
        if (PHONE.matcher(text).find()) {
            throw new FieldValidationException(field, "Remove the phone number: Open Doors must not hold young people's contact details");
        }
        if (DATE.matcher(text).find()) {
            throw new FieldValidationException(field, "Remove the date: a date of birth must not be stored. Use the age band instead");
        }
        if (POSTCODE.matcher(text).find()) {
            throw new FieldValidationException(field, "Remove the postcode: Open Doors must not hold young people's addresses. Use the area instead");
        }
        return text.trim();
    }
}
