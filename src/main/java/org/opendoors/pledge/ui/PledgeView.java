package org.opendoors.pledge.ui;

import org.opendoors.base.ui.Formats;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import org.opendoors.base.ui.Confirmation;
import org.opendoors.base.ui.UserAction;
import org.opendoors.organisation.OrganisationAccess;
import org.opendoors.pledge.Pledge;
import org.opendoors.pledge.PledgeService;
import org.opendoors.pledge.PledgeStatus;
import org.opendoors.security.AppRoles;

/** The employer's pledge: where it stands, its history, and what they can do next. */
@Route("pledge")
@PageTitle("Your pledge – Open Doors")
@Menu(title = "Your pledge", order = 11)
@RolesAllowed(AppRoles.EMPLOYER)
@AccessDeniedErrorRouter
class PledgeView extends Div implements BeforeEnterObserver {

    private final PledgeService pledges;
    private final OrganisationAccess access;
    private final UserAction action = UserAction.thenRefresh(this::showCurrent)
            .refreshAfterRefusal().whenStale("This pledge changed in the meantime; here it is as it stands now.");

    PledgeView(PledgeService pledges, OrganisationAccess access) {
        this.pledges = pledges;
        this.access = access;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        showCurrent();
    }

    private void showCurrent() {
        render(pledges.current(access.ownOrganisationId()));
    }

    private void render(Optional<Pledge> current) {
        removeAll();
        add(new H1("Your pledge"));
        if (current.isEmpty()) {
            add(new Paragraph("Your organisation has no pledge in progress or in force."), new Anchor("pledge/edit", "Make a pledge"));
            return;
        }
        Pledge pledge = current.get();
        Span status = new Span(pledge.getStatus().label());
        status.addClassName("status-tag");
        add(new Paragraph(new Span("Reference " + pledge.reference() + " · Status: "), status));
        if (pledge.getStatus() == PledgeStatus.RETURNED) {
            add(new Paragraph("The engagement team asked for a change: " + pledge.getReturnReason()));
        }
        if (pledge.getStatus().isActive()) {
            add(new Paragraph("Approved on " + Formats.longDate(pledge.getApprovedOn()) + ". Renew by "
                    + Formats.longDate(pledge.getRenewalDueOn()) + "."));
            Anchor certificate = new Anchor("certificates/pledge/" + pledge.getId() + ".pdf", "Download your pledge certificate (PDF)");
            certificate.getElement().setAttribute("router-ignore", true);
            certificate.getElement().setAttribute("download", true);
            add(certificate);
        }
        add(new PledgeSummary(pledge));
        HorizontalLayout actions = new HorizontalLayout();
        if (pledge.getStatus().isEditable()) {
            actions.add(new Anchor("pledge/edit", "Change your pledge"), new Anchor("pledge/check", "Check and submit"));
        }
        if (pledges.isRenewable(pledge)) {
            Button renew = new Button("Renew for another 12 months", e -> action.run(() -> pledges.renew(pledge.getId(), pledge.getVersion()),
                    "Your pledge is renewed. Your new certificate is on its way by e-mail."));
            renew.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(renew);
        }
        Button withdraw = new Button("Withdraw pledge", e -> confirmWithdrawal(pledge));
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        actions.add(withdraw);
        add(actions, new PledgeHistory(pledges.history(pledge.getId())));
    }

    private void confirmWithdrawal(Pledge pledge) {
        Confirmation.ask("Withdraw your pledge?", "Your certificate will stop being valid and your organisation will leave "
                        + "the pledge wall. You can make a new pledge later.", "Withdraw pledge", "Keep my pledge",
                () -> action.run(() -> pledges.withdraw(pledge.getId(), pledge.getVersion(), "Withdrawn by the employer"),
                        "Your pledge is withdrawn"));
    }

}
