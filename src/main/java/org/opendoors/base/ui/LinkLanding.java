package org.opendoors.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import java.util.function.Supplier;

/**
 * The page a link in an e-mail lands on (answer a request, cancel a place, confirm an address, choose a password):
 * it shows what the link offers or did, or, when the link is used up, expired or wrong, says so, why, and where to
 * go instead.
 */
public final class LinkLanding {

    private LinkLanding() {
    }

    /**
     * Replaces what {@code page} shows with what {@code content} builds (checking or using the link as it does);
     * a {@code refusal} it throws shows "This link cannot be used", its message, and the {@code waysOn}.
     */
    public static void show(HasComponents page, Class<? extends RuntimeException> refusal, Supplier<Component[]> content,
                            Anchor... waysOn) {
        page.removeAll();
        Component[] shown;
        try {
            shown = content.get();
        } catch (RuntimeException problem) {
            if (!refusal.isInstance(problem)) {
                throw problem;
            }
            page.add(new H1("This link cannot be used"), new Paragraph(problem.getMessage()));
            for (Anchor way : waysOn) {
                page.add(new Div(way));
            }
            return;
        }
        page.add(shown);
    }
}
