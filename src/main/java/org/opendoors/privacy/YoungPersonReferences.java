package org.opendoors.privacy;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.opendoors.base.FieldValidationException;
import org.opendoors.security.AppRoles;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A young person is known to Open Doors only by a pseudonymous reference (UK GDPR data minimisation): {@code YP-}
 * and 4 to 6 digits, or the council's own case-reference format, which ADMIN sets. A reference never holds a run of
 * four or more letters, whatever the format says, so it cannot spell a name ({@code JAMIE-BROWN-2008},
 * {@code SMITHJ120508}).
 */
@Service
public class YoungPersonReferences {

    public static final int MAX_LENGTH = 20;
    private static final Pattern YP = Pattern.compile("YP-\\d{4,6}");
    private static final Pattern LETTERS_THAT_COULD_SPELL_A_NAME = Pattern.compile("\\p{L}{4,}");

    private final CaseReferenceFormatRepository formats;

    YoungPersonReferences(CaseReferenceFormatRepository formats) {
        this.formats = formats;
    }

    /** The reference, trimmed and upper-cased; refused on this field, saying why, unless it is in a known format. */
    @Transactional(readOnly = true)
    public String check(String typed, String field) {
        String reference = typed == null ? "" : typed.trim().toUpperCase(Locale.ROOT);
        if (reference.isEmpty()) {
            throw new FieldValidationException(field, "Enter the young person's reference, like YP-4821");
        }
        Optional<CaseReferenceFormat> caseFormat = formats.findFirstByOrderByIdAsc();
        if (LETTERS_THAT_COULD_SPELL_A_NAME.matcher(reference).find()) {
            throw new FieldValidationException(field, "Enter a reference, not a name: Open Doors never stores young "
                    + "people's names, and a reference has no more than three letters in a row");
        }
        boolean known = reference.length() <= MAX_LENGTH && (YP.matcher(reference).matches()
                || caseFormat.map(f -> Pattern.compile(f.getPattern()).matcher(reference).matches()).orElse(false));
        if (!known) {
            throw new FieldValidationException(field, "Enter a reference like YP-4821 (YP- and 4 to 6 digits)"
                    + caseFormat.map(f -> " or a case reference like " + f.getExample()).orElse(""));
        }
        return reference;
    }

    /** The council's case-reference format, if ADMIN has set one. */
    @Transactional(readOnly = true)
    public Optional<CaseReferenceFormat> caseFormat() {
        return formats.findFirstByOrderByIdAsc();
    }

    /**
     * Sets the case-reference format: a regular expression (matched against the whole upper-cased reference) and
     * an example that it accepts and that holds no run of four letters. {@code expectedVersion} is the version the
     * administrator read, or null when there was no format yet.
     */
    @Transactional
    @Secured(AppRoles.ROLE_ADMIN)
    public CaseReferenceFormat setCaseFormat(String pattern, String example, Long expectedVersion) {
        String regex = pattern == null ? "" : pattern.trim();
        String sample = example == null ? "" : example.trim().toUpperCase(Locale.ROOT);
        if (regex.isEmpty()) {
            throw new FieldValidationException("pattern", "Enter the format as a regular expression, like LC-\\d{6}");
        }
        if (regex.length() > CaseReferenceFormat.PATTERN_MAX_LENGTH) {
            throw new FieldValidationException("pattern", "The format must be " + CaseReferenceFormat.PATTERN_MAX_LENGTH
                    + " characters or fewer");
        }
        Pattern compiled;
        try {
            compiled = Pattern.compile(regex);
        } catch (PatternSyntaxException wrong) {
            throw new FieldValidationException("pattern", "This is not a regular expression Open Doors can read: "
                    + wrong.getDescription());
        }
        if (sample.isEmpty() || sample.length() > MAX_LENGTH) {
            throw new FieldValidationException("example", "Enter an example reference of up to " + MAX_LENGTH + " characters");
        }
        if (!compiled.matcher(sample).matches()) {
            throw new FieldValidationException("example", "The example does not match the format");
        }
        if (LETTERS_THAT_COULD_SPELL_A_NAME.matcher(sample).find()) {
            throw new FieldValidationException("example", "A reference may not have four or more letters in a row: "
                    + "they could spell a name");
        }
        CaseReferenceFormat format = formats.findFirstByOrderByIdAsc().orElse(null);
        if (format == null) {
            return formats.save(new CaseReferenceFormat(regex, sample));
        }
        if (expectedVersion == null || format.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(CaseReferenceFormat.class, format.getId());
        }
        format.change(regex, sample);
        return formats.saveAndFlush(format);
    }
}
