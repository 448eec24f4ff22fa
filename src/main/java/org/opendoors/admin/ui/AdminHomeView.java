package org.opendoors.admin.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import org.opendoors.security.AppRoles;

@Route("admin")
@PageTitle("Administration – Open Doors")
@Menu(title = "Administration", order = 90)
@RolesAllowed(AppRoles.ADMIN)
@AccessDeniedErrorRouter
class AdminHomeView extends Div {

    AdminHomeView() {
        add(new H1("Administration"),
                new Paragraph("Manage who can use Open Doors and see what has changed."),
                new UnorderedList(
                        new ListItem(new Anchor("admin/users", "Users and roles")),
                        new ListItem(new Anchor("admin/audit", "Audit trail")),
                        new ListItem(new Anchor("admin/people", "People and their data: subject access and erasure")),
                        new ListItem(new Anchor("admin/outbox", "Outbox: e-mails sent and waiting")),
                        new ListItem(new Anchor("admin/catalogues", "Catalogues: pledge commitments and areas")),
                        new ListItem(new Anchor("admin/case-reference", "Case reference format for young people")),
                        new ListItem(new Anchor("admin/retention", "Retention schedule for personal data"))));
    }
}
