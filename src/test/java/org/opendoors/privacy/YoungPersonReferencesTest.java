package org.opendoors.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.opendoors.SpringTest;
import org.opendoors.base.FieldValidationException;
import org.opendoors.base.SystemTask;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/**
 * A young person's reference is YP- and 4 to 6 digits, or the council's case-reference format set by ADMIN; never
 * letters that can spell a name. One test sets the format, so the checks before it run with whatever is stored:
 * the cases below hold under any accepted format.
 */
class YoungPersonReferencesTest extends SpringTest {

    @Autowired
    YoungPersonReferences references;

    @Test
    void a_yp_reference_is_accepted_and_upper_cased() {
        assertThat(references.check(" yp-4821 ", "reference")).isEqualTo("YP-4821");
        assertThat(references.check("YP-123456", "reference")).isEqualTo("YP-123456");
    }

    @Test
    void references_that_could_spell_a_name_are_refused_with_the_reason() {
        for (String name : new String[] {"JAMIE-BROWN-2008", "SMITHJ120508", "Jamie Smith", "JAMIE"}) {
            assertThatThrownBy(() -> references.check(name, "reference"))
                    .as(name)
                    .isInstanceOf(FieldValidationException.class)
                    .hasMessageContaining("not a name");
        }
    }

    @Test
    void yp_references_outside_four_to_six_digits_are_refused() {
        assertThatThrownBy(() -> references.check("YP-482", "reference")).hasMessageContaining("4 to 6 digits");
        assertThatThrownBy(() -> references.check("YP-4821234", "reference")).hasMessageContaining("4 to 6 digits");
    }

    @Test
    void the_administrator_sets_the_case_reference_format_and_it_is_then_accepted() {
        assertThatThrownBy(() -> references.setCaseFormat("LC-\\d{6}", "LC-123456", null))
                .as("only ADMIN").isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
        SystemTask.run(() -> {
            assertThatThrownBy(() -> references.setCaseFormat("LC-(\\d{6}", "LC-123456", null))
                    .hasMessageContaining("not a regular expression");
            assertThatThrownBy(() -> references.setCaseFormat("LC-\\d{6}", "LC-12345", null))
                    .hasMessageContaining("does not match");
            assertThatThrownBy(() -> references.setCaseFormat("[A-Z]+\\d{6}", "SMITH123456", null))
                    .hasMessageContaining("four or more letters");
            Long version = references.caseFormat().map(CaseReferenceFormat::getVersion).orElse(null);
            references.setCaseFormat("LC-\\d{6}", "lc-123456", version);
        });
        assertThat(references.check("lc-654321", "reference")).isEqualTo("LC-654321");
        assertThatThrownBy(() -> references.check("LC-65432", "reference"))
                .hasMessageContaining("or a case reference like LC-123456");
        assertThatThrownBy(() -> SystemTask.run(() -> references.setCaseFormat("CL\\d{6}", "CL123456", null)))
                .as("a stale change").isInstanceOf(org.springframework.orm.ObjectOptimisticLockingFailureException.class);
    }
}
