package org.opendoors.privacy.ui;

import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;

/**
 * The person the administrator chose from the search, kept in the session rather than in the page address, so
 * that no e-mail address ends up in browser history or access logs.
 */
final class SelectedPerson {

    private static final String ATTRIBUTE = SelectedPerson.class.getName();

    private SelectedPerson() {
    }

    static void choose(String email) {
        VaadinSession.getCurrent().setAttribute(ATTRIBUTE, email);
    }

    static Optional<String> email() {
        return Optional.ofNullable((String) VaadinSession.getCurrent().getAttribute(ATTRIBUTE));
    }
}
