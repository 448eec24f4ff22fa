package org.opendoors.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.opendoors.base.FieldValidationException;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void three_random_words_are_accepted() {
        assertThatCode(() -> policy.check("Violet-Harbour-Teacup", "sam@example.org")).doesNotThrowAnyException();
    }

    @Test
    void fewer_than_twelve_characters_are_refused() {
        assertThatThrownBy(() -> policy.check("Short-Pass1", "sam@example.org"))
                .isInstanceOf(FieldValidationException.class)
                .hasMessage("Password must be at least 12 characters long");
    }

    @Test
    void a_common_password_is_refused_whatever_its_case() {
        assertThatThrownBy(() -> policy.check("QWERTY123456", "sam@example.org"))
                .hasMessageContaining("too common");
        assertThatThrownBy(() -> policy.check("1qaz2wsx3edc", "sam@example.org"))
                .hasMessageContaining("too common");
    }

    @Test
    void one_character_repeated_is_refused() {
        assertThatThrownBy(() -> policy.check("abababababababab", "sam@example.org"))
                .hasMessageContaining("too common");
    }

    @Test
    void a_password_containing_the_e_mail_name_is_refused() {
        assertThatThrownBy(() -> policy.check("jordan.ellis-2026!", "jordan.ellis@council.example"))
                .hasMessage("Password must not contain your e-mail address");
    }

    @Test
    void more_than_72_bytes_is_refused_because_bcrypt_would_cut_it() {
        assertThatThrownBy(() -> policy.check("x".repeat(40) + "-" + "y".repeat(40), "sam@example.org"))
                .hasMessageStartingWith("Password must be 72 characters or fewer");
    }
}
