package org.opendoors.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.junit.jupiter.api.Test;

class DeclaredRulesTest {

    record Booking(@NotBlank(message = "Enter a name") String name, @NotNull(message = "Enter the places")
                   @Max(value = 5, message = "Five places at most") Integer places) {
    }

    @Test
    void a_valid_command_passes_unchanged() {
        Booking booking = new Booking("Ada", 2);
        assertThat(DeclaredRules.check(booking)).isSameAs(booking);
    }

    @Test
    void the_first_broken_rule_in_field_order_names_its_field_with_its_message() {
        assertThatThrownBy(() -> DeclaredRules.check(new Booking(" ", 9))).isInstanceOfSatisfying(FieldValidationException.class,
                e -> {
                    assertThat(e.field()).isEqualTo("name");
                    assertThat(e.getMessage()).isEqualTo("Enter a name");
                });
        assertThatThrownBy(() -> DeclaredRules.check(new Booking("Ada", 9))).isInstanceOfSatisfying(FieldValidationException.class,
                e -> {
                    assertThat(e.field()).isEqualTo("places");
                    assertThat(e.getMessage()).isEqualTo("Five places at most");
                });
    }

    @Test
    void a_rule_between_fields_is_reported_in_its_fields_place_in_the_order() {
        var notMoreThanTheName = new DeclaredRules.Between<Booking>("name", b -> b.places() != null && b.places() > b.name().length(),
                "Book no more places than the name has letters");
        assertThatThrownBy(() -> DeclaredRules.check(new Booking("Al", 9), notMoreThanTheName))
                .isInstanceOfSatisfying(FieldValidationException.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThat(DeclaredRules.check(new Booking("Alice", 4), notMoreThanTheName).places()).isEqualTo(4);
    }
}
