package org.opendoors.security;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import me.gosimple.nbvcxz.resources.DictionaryUtil;
import org.opendoors.base.FieldValidationException;
import org.springframework.stereotype.Component;

/**
 * Password rules from NCSC guidance: long rather than complex, and never one of the passwords
 * attackers try first. The deny list is nbvcxz's list of common passwords (about 90,000).
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    /** BCrypt reads at most 72 bytes; longer passwords would be silently cut. */
    public static final int MAX_BYTES = 72;

    private final Set<String> commonPasswords =
            DictionaryUtil.loadUnrankedDictionary(DictionaryUtil.passwords).keySet();

    /** Throws {@link FieldValidationException} on field {@code password} with a message for the user. */
    public void check(String password, String email) {
        if (password == null || password.isEmpty()) {
            throw refused("Enter a password");
        }
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw refused("Password must be at least " + MIN_LENGTH + " characters long");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw refused("Password must be " + MAX_BYTES + " characters or fewer (fewer if it uses accented letters or symbols)");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (commonPasswords.contains(lower) || isOneCharacterRepeated(lower)) {
            throw refused("This password is too common and easy to guess. Try three random words together");
        }
        String localPart = email == null ? "" : email.split("@")[0].toLowerCase(Locale.ROOT);
        if (localPart.length() >= 4 && lower.contains(localPart)) {
            throw refused("Password must not contain your e-mail address");
        }
    }

    private static boolean isOneCharacterRepeated(String password) {
        return password.chars().distinct().count() <= 2;
    }

    private static FieldValidationException refused(String message) {
        return new FieldValidationException("password", message);
    }
}
