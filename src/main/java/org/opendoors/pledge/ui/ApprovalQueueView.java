package org.opendoors.pledge.ui;

import org.opendoors.pledge.PledgeExport;
import org.opendoors.base.ui.CsvDownload;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import org.opendoors.base.ui.Formats;
import org.opendoors.pledge.Pledge;
import org.opendoors.pledge.PledgeService;
import org.opendoors.security.AppRoles;
import org.springframework.data.domain.PageRequest;

/** Submitted pledges waiting for the engagement team, oldest first. */
@Route("pledges")
@PageTitle("Pledges to approve – Open Doors")
@Menu(title = "Pledges to approve", order = 21)
@RolesAllowed({AppRoles.ENGAGEMENT, AppRoles.ADMIN})
@AccessDeniedErrorRouter
class ApprovalQueueView extends Div {

    final Grid<Pledge> grid = new Grid<>(Pledge.class, false);

    ApprovalQueueView(PledgeService pledges, PledgeExport export) {
        grid.addComponentColumn(p -> new RouterLink(p.reference(), PledgeReviewView.class,
                new RouteParameters("pledgeId", String.valueOf(p.getId())))).setHeader("Reference");
        grid.addColumn(p -> Formats.dateTime(p.getSubmittedAt())).setHeader("Submitted");
        grid.addColumn(p -> p.getStartDate() == null ? "" : Formats.longDate(p.getStartDate())).setHeader("Starts");
        grid.setItems(query -> pledges.awaitingApproval(PageRequest.of(query.getPage(), query.getPageSize())).stream(),
                query -> (int) pledges.countAwaitingApproval());
        grid.setAriaLabel("Pledges waiting for approval");
        add(new H1("Pledges to approve"), new Paragraph("Oldest first. Open a pledge to approve it or return it with a reason."), grid,
                new Div(new CsvDownload("these pledges", "pledges-to-approve.csv", export::awaitingApproval)));
    }
}
