package org.opendoors.base;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * The rules a command record declares on its fields (Bean Validation annotations), checked in one place together
 * with the rules between its fields: the first one broken, in the order the fields are declared (which is the
 * order of the form), becomes a {@link FieldValidationException} naming that field, so the page shows the message
 * next to it. Rules that need other records stay in the services.
 */
public final class DeclaredRules {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    private DeclaredRules() {
    }

    /** A rule between fields, reported at {@code field} when {@code broken}; it must allow for empty fields. */
    public record Between<T>(String field, Predicate<T> broken, String message) {
    }

    @SafeVarargs
    public static <T> T check(T command, Between<T>... between) {
        List<String> fields = Arrays.stream(command.getClass().getDeclaredFields()).map(f -> f.getName()).toList();
        List<FieldValidationException> broken = new ArrayList<>();
        for (ConstraintViolation<T> violation : VALIDATOR.validate(command)) {
            broken.add(new FieldValidationException(violation.getPropertyPath().toString(), violation.getMessage()));
        }
        for (Between<T> rule : between) {
            if (rule.broken().test(command)) {
                broken.add(new FieldValidationException(rule.field(), rule.message()));
            }
        }
        // a stable sort: on one field, its own rules come before those between fields, in the order given
        broken.stream().min(Comparator.comparingInt(e -> fields.indexOf(e.field()))).ifPresent(first -> {
            throw first;
        });
        return command;
    }
}
