package org.opendoors.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import org.opendoors.base.FieldValidationException;

/**
 * A GOV.UK "one thing per page" journey inside one view: each step shows its caption, heading and fields with
 * Back and Continue; Continue runs the step's check and a refusal is shown next to its field. The fields are
 * kept by the view, so nothing typed is lost going back and forth.
 */
public final class QuestionSteps {

    private final Div step;
    private final FieldErrors errors;

    public QuestionSteps(Div step, FieldErrors errors) {
        this.step = step;
        this.errors = errors;
    }

    /** Shows a step; {@code back} null for the first one. */
    public void show(String heading, String caption, List<? extends Component> fields, Runnable back, Runnable next) {
        step.removeAll();
        errors.clear();
        Span stepCaption = new Span(caption);
        stepCaption.addClassName("step-caption");
        step.add(stepCaption, new H1(heading));
        fields.forEach(step::add);
        Button continueButton = new Button("Continue", e -> {
            try {
                errors.clear();
                next.run();
            } catch (FieldValidationException problem) {
                errors.show(problem);
            }
        });
        continueButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout buttons = new HorizontalLayout(continueButton);
        if (back != null) {
            Button backButton = new Button("Back", e -> back.run());
            backButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            buttons.addComponentAsFirst(backButton);
        }
        step.add(buttons);
    }

    /** The "Change" link of a check-answers page, back to the step. */
    public static Button changeLink(String label, Runnable action) {
        Button change = new Button(label, e -> action.run());
        change.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        return change;
    }
}
