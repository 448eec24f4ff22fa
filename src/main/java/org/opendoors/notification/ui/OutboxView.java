package org.opendoors.notification.ui;

import org.opendoors.base.ui.CsvDownload;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opendoors.base.ui.Formats;
import org.opendoors.notification.OutboundEmail;
import org.opendoors.notification.OutboundEmailStatus;
import org.opendoors.notification.OutboxService;
import org.opendoors.security.AppRoles;

/** Every e-mail Open Doors has sent or will send. Lazy: one page of rows at a time. */
@Route("admin/outbox")
@PageTitle("Outbox – Open Doors")
@Menu(title = "Outbox", order = 92)
@RolesAllowed(AppRoles.ADMIN)
@AccessDeniedErrorRouter
class OutboxView extends Div {

    final Grid<OutboundEmail> grid = new Grid<>(OutboundEmail.class, false);
    final Select<OutboundEmailStatus> status = new Select<>();
    private final Map<Integer, OutboundEmail> lastRowBefore = new HashMap<>();

    OutboxView(OutboxService outbox) {
        add(new H1("Outbox"));
        add(new Paragraph(outbox.isSending()
                ? "E-mails are sent through the configured mail server. Failed attempts are retried automatically."
                : "No mail server is configured (OPEN_DOORS_SMTP_HOST), so e-mails are kept here and not sent."));
        status.setLabel("Status");
        status.setItems(OutboundEmailStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("All");
        status.addValueChangeListener(e -> {
            lastRowBefore.clear();
            grid.getDataProvider().refreshAll();
        });

        grid.addColumn(e -> Formats.dateTime(e.getCreatedAt())).setHeader("Queued").setKey("createdAt").setSortable(true);
        grid.addColumn(OutboundEmail::getRecipient).setHeader("To").setKey("recipient").setSortable(true);
        grid.addColumn(OutboundEmail::getSubject).setHeader("Subject").setFlexGrow(2);
        grid.addColumn(e -> e.getStatus().name().toLowerCase()).setHeader("Status").setKey("status").setSortable(true);
        grid.addColumn(OutboundEmail::getAttempts).setHeader("Attempts");
        grid.addColumn(e -> Formats.dateTime(e.getSentAt())).setHeader("Sent");
        grid.addComponentColumn(e -> new Button("Read", click -> read(outbox, e))).setHeader("Message").setKey("read");
        // No count (a million e-mails take a tenth of a second to count): the grid grows as it is scrolled, and each page
        // continues after the last row of the page before it, remembered by the offset it ends at.
        grid.setItems(query -> {
            List<OutboundEmail> page = outbox.list(status.getValue(), VaadinSpringDataHelpers.toSpringDataSort(query),
                    lastRowBefore.get(query.getOffset()), query.getOffset(), query.getLimit());
            if (!page.isEmpty()) {
                lastRowBefore.put(query.getOffset() + page.size(), page.getLast());
            }
            return page.stream();
        });
        grid.addSortListener(e -> lastRowBefore.clear());
        grid.setAriaLabel("E-mails");
        add(status, grid, new Div(new CsvDownload("these e-mails", "outbox.csv", out -> outbox.csv(status.getValue(), out))));
    }

    private void read(OutboxService outbox, OutboundEmail email) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(email.getSubject());
        dialog.add(new Paragraph("To: " + email.getRecipient()), new Pre(email.maskedBody()));
        if (email.getLastError() != null) {
            dialog.add(new Paragraph("Last error: " + email.getLastError()));
        }
        if (email.getStatus() == OutboundEmailStatus.FAILED) {
            dialog.getFooter().add(new Button("Try again", e -> {
                outbox.retry(email.getId());
                lastRowBefore.clear();
                grid.getDataProvider().refreshAll();
                dialog.close();
            }));
        }
        dialog.getFooter().add(new Button("Close", e -> dialog.close()));
        dialog.open();
    }
}
