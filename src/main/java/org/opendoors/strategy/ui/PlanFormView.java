package org.opendoors.strategy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import org.opendoors.base.FieldValidationException;
import org.opendoors.base.ui.FieldErrors;
import org.opendoors.security.AppRoles;
import org.opendoors.strategy.ActionPlan;
import org.opendoors.strategy.ActionPlanService;
import org.opendoors.strategy.PlanDetails;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** Set up an action plan, or change its details ({@code ?id=}). */
@Route("strategy/plan")
@PageTitle("Action plan – Open Doors")
@RolesAllowed({AppRoles.ENGAGEMENT, AppRoles.ADMIN})
@AccessDeniedErrorRouter
class PlanFormView extends Div implements BeforeEnterObserver {

    private final ActionPlanService plans;
    final TextField title = new TextField("Title");
    final TextField committee = new TextField("Committee (optional)");
    final TextField linkOfficers = new TextField("Link officer(s)");
    final DatePicker agreedOn = new DatePicker("Date agreed");
    private Long planId;
    private Long version;

    PlanFormView(ActionPlanService plans) {
        this.plans = plans;
        addClassName("form-page");
        title.setHelperText("For example, Review of Care Leavers EET");
        title.setMaxLength(ActionPlan.TITLE_MAX_LENGTH);
        committee.setMaxLength(ActionPlan.COMMITTEE_MAX_LENGTH);
        linkOfficers.setHelperText("Council staff, e.g. Alex Morgan/Sam Okafor");
        linkOfficers.setMaxLength(ActionPlan.OFFICERS_MAX_LENGTH);
        for (var field : new TextField[] {title, committee, linkOfficers}) {
            field.setWidthFull();
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        planId = event.getLocation().getQueryParameters().getSingleParameter("id").filter(p -> p.matches("\\d{1,18}"))
                .map(Long::valueOf).orElse(null);
        if (planId != null) {
            ActionPlan plan = plans.plan(planId).orElse(null);
            if (plan == null) {
                event.forwardTo("strategy");
                return;
            }
            version = plan.getVersion();
            title.setValue(plan.getTitle());
            committee.setValue(plan.getCommittee() == null ? "" : plan.getCommittee());
            linkOfficers.setValue(plan.getLinkOfficers());
            agreedOn.setValue(plan.getAgreedOn());
        }
        FieldErrors errors = new FieldErrors().bind("title", title).bind("committee", committee).bind("linkOfficers", linkOfficers)
                .bind("agreedOn", agreedOn);
        Button save = new Button(planId == null ? "Set up the plan" : "Save the plan", e -> {
            try {
                errors.clear();
                ActionPlan saved = plans.savePlan(planId, version, new PlanDetails(title.getValue(), committee.getValue(),
                        linkOfficers.getValue(), agreedOn.getValue()));
                FieldErrors.showSuccess("Action plan saved");
                getUI().ifPresent(ui -> ui.navigate("strategy", QueryParameters.of("plan", saved.getId().toString())));
            } catch (FieldValidationException problem) {
                errors.show(problem);
            } catch (ObjectOptimisticLockingFailureException stale) {
                FieldErrors.showProblem(StrategyUi.stale("plan"));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1(planId == null ? "Set up an action plan" : "Change the action plan"), title, committee, linkOfficers, agreedOn,
                new Div(save), new Anchor("strategy", "Back to strategy"));
    }
}
