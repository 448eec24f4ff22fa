package org.opendoors.strategy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.Optional;
import org.opendoors.base.FieldValidationException;
import org.opendoors.base.ui.FieldErrors;
import org.opendoors.security.AppRoles;
import org.opendoors.strategy.ActionPlanService;
import org.opendoors.strategy.Recommendation;
import org.opendoors.strategy.RecommendationDetails;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** Add a recommendation to a plan ({@code ?plan=}) or change one ({@code ?id=}). */
@Route("strategy/recommendation")
@PageTitle("Recommendation – Open Doors")
@RolesAllowed({AppRoles.ENGAGEMENT, AppRoles.ADMIN})
@AccessDeniedErrorRouter
class RecommendationFormView extends Div implements BeforeEnterObserver {

    private final ActionPlanService plans;
    final IntegerField number = new IntegerField("Number");
    final TextArea text = new TextArea("Recommendation");
    final TextArea actions = new TextArea("Agreed actions, one per line");
    final TextField responsibility = new TextField("Responsibility");
    final TextField dateText = new TextField("Date, as the plan words it (optional)");
    final DatePicker dueOn = new DatePicker("Date to track (optional)");
    private long planId;
    private Long recommendationId;
    private Long version;

    RecommendationFormView(ActionPlanService plans) {
        this.plans = plans;
        addClassName("form-page");
        number.setMin(1);
        text.setMaxLength(Recommendation.TEXT_MAX_LENGTH);
        actions.setMaxLength(Recommendation.ACTIONS_MAX_LENGTH);
        responsibility.setMaxLength(Recommendation.RESPONSIBILITY_MAX_LENGTH);
        responsibility.setHelperText("Council officers' names (staff, never young people), e.g. Alex Morgan/Sam Okafor");
        dateText.setMaxLength(Recommendation.DATE_TEXT_MAX_LENGTH);
        dateText.setHelperText("For example, 3 by April 2022 and a minimum of 5 by April 2023");
        text.setWidthFull();
        actions.setWidthFull();
        responsibility.setWidthFull();
        dateText.setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var query = event.getLocation().getQueryParameters();
        recommendationId = id(query, "id").orElse(null);
        if (recommendationId != null) {
            Recommendation r = plans.recommendation(recommendationId).orElse(null);
            if (r == null) {
                event.forwardTo("strategy");
                return;
            }
            planId = r.getPlanId();
            version = r.getVersion();
            number.setValue(r.getNumber());
            text.setValue(r.getText());
            actions.setValue(String.join("\n", r.getActions()));
            responsibility.setValue(r.getResponsibility());
            dateText.setValue(r.getDateText() == null ? "" : r.getDateText());
            dueOn.setValue(r.getDueOn());
        } else {
            Optional<Long> plan = id(query, "plan").filter(p -> plans.plan(p).isPresent());
            if (plan.isEmpty()) {
                event.forwardTo("strategy");
                return;
            }
            planId = plan.get();
            number.setValue(plans.recommendations(planId).size() + 1);
        }
        FieldErrors errors = new FieldErrors().bind("number", number).bind("text", text).bind("actions", actions)
                .bind("responsibility", responsibility).bind("dateText", dateText);
        Button save = new Button(recommendationId == null ? "Add the recommendation" : "Save the recommendation", e -> {
            try {
                errors.clear();
                Recommendation saved = plans.saveRecommendation(planId, recommendationId, version, new RecommendationDetails(
                        number.getValue(), text.getValue(), Arrays.asList(actions.getValue().split("\n")), responsibility.getValue(),
                        dateText.getValue(), dueOn.getValue()));
                FieldErrors.showSuccess("Recommendation " + saved.getNumber() + " saved");
                getUI().ifPresent(ui -> ui.navigate("strategy/recommendations/" + saved.getId()));
            } catch (FieldValidationException problem) {
                errors.show(problem);
            } catch (ObjectOptimisticLockingFailureException stale) {
                FieldErrors.showProblem(StrategyUi.stale("recommendation"));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1(recommendationId == null ? "Add a recommendation" : "Change recommendation " + number.getValue()), number, text,
                actions, responsibility, dateText, dueOn, new Div(save),
                new Anchor("strategy?plan=" + planId, "Back to the plan"));
    }

    static Optional<Long> id(QueryParameters query, String name) {
        return query.getSingleParameter(name).filter(p -> p.matches("\\d{1,18}")).map(Long::valueOf);
    }
}
