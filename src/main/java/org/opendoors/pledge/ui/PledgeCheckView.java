package org.opendoors.pledge.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import org.opendoors.base.FieldValidationException;
import org.opendoors.base.ui.FieldErrors;
import org.opendoors.organisation.OrganisationAccess;
import org.opendoors.pledge.Pledge;
import org.opendoors.pledge.PledgeService;
import org.opendoors.security.AppRoles;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** Check your pledge before submitting it. */
@Route("pledge/check")
@PageTitle("Check your pledge – Open Doors")
@RolesAllowed(AppRoles.EMPLOYER)
@AccessDeniedErrorRouter
class PledgeCheckView extends Div implements BeforeEnterObserver {

    private final PledgeService pledges;
    private final OrganisationAccess access;

    PledgeCheckView(PledgeService pledges, OrganisationAccess access) {
        this.pledges = pledges;
        this.access = access;
        addClassName("form-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Pledge pledge = pledges.current(access.ownOrganisationId()).filter(p -> p.getStatus().isEditable()).orElse(null);
        if (pledge == null) {
            event.forwardTo("pledge");
            return;
        }
        removeAll();
        Button submit = new Button("Submit pledge", e -> {
            try {
                Pledge submitted = pledges.submit(pledge.getId(), pledge.getVersion());
                getUI().ifPresent(ui -> ui.navigate("pledge/submitted/" + submitted.getId()));
            } catch (FieldValidationException problem) {
                FieldErrors.showProblem(problem.getMessage());
            } catch (ObjectOptimisticLockingFailureException stale) {
                FieldErrors.showProblem("A colleague changed this pledge in the meantime. Check it again before submitting.");
            }
        });
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1("Check your pledge before submitting it"), new PledgeSummary(pledge),
                new Anchor("pledge/edit", "Change your pledge"),
                new Paragraph("By submitting you confirm your organisation will do its best to keep these commitments "
                        + "for 12 months from approval."), submit);
    }
}
