package org.opendoors.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.opendoors.base.FieldValidationException;

/**
 * Puts a service's {@link FieldValidationException} next to the field it is about and moves focus there;
 * a message about no particular field becomes a notification. Nothing the user typed is cleared.
 */
public final class FieldErrors {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    public FieldErrors bind(String field, HasValidation component) {
        fields.put(field, component);
        return this;
    }

    public void clear() {
        fields.values().forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
    }

    public void show(FieldValidationException error) {
        clear();
        HasValidation field = fields.get(error.field());
        if (field == null) {
            showProblem(error.getMessage());
            return;
        }
        field.setErrorMessage(error.getMessage());
        field.setInvalid(true);
        if (field instanceof Focusable<?> focusable && field instanceof Component) {
            focusable.focus();
        }
    }

    public static void showProblem(String message) {
        Notification notification = Notification.show(message, 8000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    public static void showSuccess(String message) {
        Notification notification = Notification.show(message, 5000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
