package org.opendoors.privacy;

import java.util.List;
import java.util.regex.Pattern;
import org.opendoors.base.FieldValidationException;

/**
 * Free text that can describe a young person (request hopes, employers' notes, ask details, CRM notes, placement
 * reasons, return narratives, reasons and query answers) must not carry what identifies or reaches them: e-mail
 * addresses, phone numbers, dates (a date of birth), postcodes or National Insurance numbers. Each refusal says
 * what to remove and why, next to the field.
 */
public final class PersonalDataCheck {

    /** The hint every such field shows. */
    public static final String HINT = "Never write a young person's name, contact details or date of birth.";

    private static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    private static final String DAY = "(?:[0-2]?\\d|3[01])(?:st|nd|rd|th)?";

    private record Rule(Pattern pattern, String message) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule(Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+"),
                    "Remove the e-mail address: Open Doors must not hold young people's contact details"),
            // 07700 900982, 01632 960 001, +44 7700 900982, +44 (0)7700 900982, 0044 20 7946 0958
            new Rule(Pattern.compile("(?<![\\d+])(?:(?:\\+|00)44\\s?(?:\\(0\\)\\s?)?|\\(?0)\\d(?:[\\s)-]*\\d){8,9}(?!\\d)"),
                    "Remove the phone number: Open Doors must not hold young people's contact details"),
            new Rule(Pattern.compile("\\b\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{2}|\\d{4})\\b"
                    + "|\\b\\d{4}-\\d{2}-\\d{2}\\b"
                    + "|\\b" + DAY + "(?:\\s+of)?\\s+" + MONTH + "\\.?,?\\s+(?:19|20)\\d{2}\\b"
                    + "|\\b" + MONTH + "\\.?\\s+" + DAY + ",?\\s+(?:19|20)\\d{2}\\b", Pattern.CASE_INSENSITIVE),
                    "Remove the date: a date of birth must not be stored. Use the age band instead"),
            new Rule(Pattern.compile("\\b[A-Z]{1,2}\\d[A-Z\\d]?\\s*\\d[A-Z]{2}\\b", Pattern.CASE_INSENSITIVE),
                    "Remove the postcode: Open Doors must not hold young people's addresses. Use the area instead"),
            // two letters, six digits, A to D; any letters, since a mistyped number identifies someone as well
            new Rule(Pattern.compile("\\b[A-Z]{2}\\s?\\d{2}\\s?\\d{2}\\s?\\d{2}\\s?[A-D]\\b", Pattern.CASE_INSENSITIVE),
                    "Remove the National Insurance number: Open Doors must not hold it"));

    private PersonalDataCheck() {
    }

    /** The text trimmed (null stays null), or a refusal on this field saying what to remove. */
    public static String freeText(String text, String field) {
        if (text == null) {
            return null;
        }
        for (Rule rule : RULES) {
            if (rule.pattern().matcher(text).find()) {
                throw new FieldValidationException(field, rule.message());
            }
        }
        return text.trim();
    }

    /** As {@link #freeText}, with blank text as none. */
    public static String optionalFreeText(String text, String field) {
        return text == null || text.isBlank() ? null : freeText(text, field);
    }
}
