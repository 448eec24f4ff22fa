package org.opendoors.admin.ui;

import org.opendoors.base.ui.CsvDownload;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import org.opendoors.admin.AuditEntry;
import org.opendoors.admin.AuditTrailService;
import org.opendoors.base.ui.Formats;
import org.opendoors.security.AppRoles;

/** Who changed what and when, newest first. */
@Route("admin/audit")
@PageTitle("Audit trail – Open Doors")
@Menu(title = "Audit trail", order = 93)
@RolesAllowed(AppRoles.ADMIN)
@AccessDeniedErrorRouter
class AuditView extends Div {

    final Grid<AuditEntry> grid = new Grid<>(AuditEntry.class, false);

    AuditView(AuditTrailService audit) {
        grid.addColumn(e -> Formats.dateTime(e.changedAt())).setHeader("When").setAutoWidth(true);
        grid.addColumn(AuditEntry::username).setHeader("Who").setAutoWidth(true);
        grid.addColumn(AuditEntry::changes).setHeader("What changed").setFlexGrow(3);
        grid.setItems(query -> audit.page(query.getOffset(), query.getLimit()).stream(), query -> (int) audit.count());
        grid.setAriaLabel("Audit trail");
        add(new H1("Audit trail"), new Paragraph("Every saved change, with who made it. Newest first."), grid,
                new Div(new CsvDownload("the whole audit trail", "audit-trail.csv", audit::csv)));
    }
}
