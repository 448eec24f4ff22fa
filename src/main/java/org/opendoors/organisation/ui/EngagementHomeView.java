package org.opendoors.organisation.ui;

import org.opendoors.base.csv.CsvColumns;
import org.opendoors.base.ui.CsvDownload;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.opendoors.organisation.Activity;
import org.opendoors.organisation.ActivityService;
import org.opendoors.security.AppRoles;

/** The engagement team's home: their next actions, soonest first, and the way to the CRM. */
@Route("engagement")
@PageTitle("Employer engagement – Open Doors")
@Menu(title = "Employer engagement", order = 20)
@RolesAllowed(AppRoles.ENGAGEMENT)
@AccessDeniedErrorRouter
class EngagementHomeView extends Div {

    static final int NEXT_ACTIONS_SHOWN = 50;
    final Grid<Activity> nextActions = new Grid<>(Activity.class, false);
    private final ActivityService activities;

    EngagementHomeView(ActivityService activities) {
        this.activities = activities;
        nextActions.addColumn(a -> OrganisationView.DATE.format(a.getNextActionOn())).setHeader("Due").setAutoWidth(true);
        nextActions.addColumn(Activity::getNextAction).setHeader("Next action").setFlexGrow(3);
        nextActions.addComponentColumn(a -> new RouterLink("Organisation", OrganisationView.class,
                new RouteParameters("organisationId", String.valueOf(a.getOrganisationId())))).setHeader("Where");
        nextActions.addComponentColumn(a -> new Button("Done", e -> {
            activities.markNextActionDone(a.getId());
            refresh();
        })).setHeader("Mark done");
        nextActions.setAllRowsVisible(true);
        nextActions.setAriaLabel("My next actions");
        add(new H1("Employer engagement"),
                new UnorderedList(
                        new ListItem(new Anchor("pledges", "Pledges waiting for approval")),
                        new ListItem(new Anchor("organisations", "Organisations")),
                        new ListItem(new Anchor("asks", "Asks to employers")),
                        new ListItem(new Anchor("placements", "Placements and sustainment checks")),
                        new ListItem(new Anchor("opportunities", "Opportunities board"))),
                new H2("My next actions"), nextActions, new Div(CsvDownload.ofGrid("my next actions", "next-actions.csv", nextActions,
                        CsvColumns.of(Activity.class).add("Due on", Activity::getNextActionOn).add("Next action", Activity::getNextAction))));
        refresh();
    }

    private void refresh() {
        List<Activity> open = activities.myNextActions(NEXT_ACTIONS_SHOWN);
        nextActions.setItems(open);
        nextActions.setVisible(!open.isEmpty());
        if (open.isEmpty() && getChildren().noneMatch(c -> c instanceof Paragraph)) {
            add(new Paragraph("You have no open next actions."));
        }
    }
}
