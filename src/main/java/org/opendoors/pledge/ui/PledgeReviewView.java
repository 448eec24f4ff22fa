package org.opendoors.pledge.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import org.opendoors.base.ui.FieldErrors;
import org.opendoors.base.ui.UserAction;
import org.opendoors.organisation.OrganisationService;
import org.opendoors.pledge.Pledge;
import org.opendoors.pledge.PledgeService;
import org.opendoors.pledge.PledgeStatus;
import org.opendoors.security.AppRoles;

/** The engagement team reviews a pledge: approve it, return it with a reason, or withdraw it. */
@Route("pledges/:pledgeId(\\d+)")
@PageTitle("Pledge – Open Doors")
@RolesAllowed({AppRoles.ENGAGEMENT, AppRoles.ADMIN})
@AccessDeniedErrorRouter
class PledgeReviewView extends Div implements BeforeEnterObserver {

    private final PledgeService pledges;
    private final OrganisationService organisations;
    final TextArea reason = new TextArea("Reason for returning it (the employer sees this)");
    private long pledgeId;

    PledgeReviewView(PledgeService pledges, OrganisationService organisations) {
        this.pledges = pledges;
        this.organisations = organisations;
        reason.setMaxLength(Pledge.REASON_MAX_LENGTH);
        reason.setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        pledgeId = event.getRouteParameters().getLong("pledgeId").orElseThrow();
        render();
    }

    private void render() {
        removeAll();
        Pledge pledge = pledges.find(pledgeId);
        String organisation = organisations.find(pledge.getOrganisationId()).orElseThrow().getName();
        add(new H1("Pledge " + pledge.reference()), new Paragraph(organisation + " · " + pledge.getStatus().label()),
                new Anchor("organisations/" + pledge.getOrganisationId(), "See the organisation"),
                new PledgeSummary(pledge));
        if (pledge.getStatus() == PledgeStatus.SUBMITTED) {
            FieldErrors errors = new FieldErrors().bind("reason", reason);
            Button approve = new Button("Approve and issue certificate",
                    e -> act(errors, () -> pledges.approve(pledge.getId(), pledge.getVersion()), "Pledge approved: certificate issued"));
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button giveBack = new Button("Return to the employer",
                    e -> act(errors, () -> pledges.returnForChanges(pledge.getId(), pledge.getVersion(), reason.getValue()),
                            "Pledge returned to the employer"));
            add(new H2("Decision"), approve, reason, giveBack);
        }
        if (!pledge.getStatus().isFinished()) {
            Button withdraw = new Button("Withdraw pledge", e -> act(new FieldErrors(), () -> pledges.withdraw(pledge.getId(),
                    pledge.getVersion(), "Withdrawn by the engagement team"), "Pledge withdrawn"));
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            add(new HorizontalLayout(withdraw));
        }
        add(new PledgeHistory(pledges.history(pledge.getId())));
    }


    private void act(FieldErrors errors, Runnable command, String success) {
        if (UserAction.thenRefresh(this::render).errorsAt(errors)
                .whenStale("Someone else acted on this pledge in the meantime; here it is as it stands now.").run(command, success)) {
            reason.clear();
        }
    }
}
