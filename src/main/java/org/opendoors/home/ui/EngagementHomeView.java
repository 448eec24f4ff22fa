package org.opendoors.home.ui;

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
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import org.opendoors.base.csv.CsvColumns;
import org.opendoors.base.ui.CsvDownload;
import org.opendoors.base.ui.FigureTile;
import org.opendoors.base.ui.Formats;
import org.opendoors.home.EngagementWork;
import org.opendoors.organisation.Activity;
import org.opendoors.security.AppRoles;

/** The engagement team's home: the work waiting for them, each count a link to it; their next actions; three headlines. */
@Route("engagement")
@PageTitle("Employer engagement – Open Doors")
@Menu(title = "Employer engagement", order = 20)
@RolesAllowed(AppRoles.ENGAGEMENT)
@AccessDeniedErrorRouter
class EngagementHomeView extends Div {

    final Grid<Activity> nextActions = new Grid<>(Activity.class, false);
    private final Div work = new Div();
    private final Div headlines = new Div();
    private final Paragraph noActions = new Paragraph("You have no open next actions.");
    private final Paragraph headlinesPeriod = new Paragraph();
    private final EngagementWork engagementWork;

    EngagementHomeView(EngagementWork engagementWork) {
        this.engagementWork = engagementWork;
        work.addClassName("headline-figures");
        headlines.addClassName("headline-figures");
        nextActions.addColumn(a -> Formats.date(a.getNextActionOn())).setHeader("Due").setAutoWidth(true);
        nextActions.addColumn(Activity::getNextAction).setHeader("Next action").setFlexGrow(3);
        nextActions.addComponentColumn(a -> new Anchor("organisations/" + a.getOrganisationId(), "Organisation")).setHeader("Where");
        nextActions.addComponentColumn(a -> new Button("Done", e -> {
            engagementWork.markNextActionDone(a.getId());
            refresh();
        })).setHeader("Mark done").setKey("done");
        nextActions.setAllRowsVisible(true);
        nextActions.setAriaLabel("My next actions");
        H2 myActions = new H2("My next actions");
        myActions.setId("next-actions");
        add(new H1("Employer engagement"), new H2("Waiting for you"), work, myActions, nextActions, noActions,
                new Div(CsvDownload.ofGrid("my next actions", "next-actions.csv", nextActions, CsvColumns.of(Activity.class)
                        .add("Due on", Activity::getNextActionOn).add("Next action", Activity::getNextAction))),
                new H2("The last 12 months"), headlinesPeriod, headlines,
                new H2("Everything else"), new UnorderedList(
                        new ListItem(new Anchor("organisations", "Organisations")),
                        new ListItem(new Anchor("opportunities", "Opportunities board")),
                        new ListItem(new Anchor("insight", "Dashboards"))));
        refresh();
    }

    private void refresh() {
        EngagementWork.Glance glance = engagementWork.glance();
        work.removeAll();
        work.add(tile(glance.pledgesToApprove(), "pledge to approve", "pledges to approve", "pledges"),
                tile(glance.asksWaiting(), "ask waiting for an employer", "asks waiting for employers", "asks"),
                tile(glance.checksDue(), "sustainment check due", "sustainment checks due", "placements"),
                tile(glance.overdueReturns(), "social value return overdue", "social value returns overdue", "procurement"),
                tile(glance.myActionsDue(), "next action due today or before", "next actions due today or before", "engagement#next-actions"),
                tile(glance.eventsThisMonth(), "event this month", "events this month", "events/manage"));
        nextActions.setItems(glance.nextActions());
        nextActions.setVisible(!glance.nextActions().isEmpty());
        noActions.setVisible(glance.nextActions().isEmpty());
        headlinesPeriod.setText("From " + Formats.date(glance.headlinesFrom()) + " to today.");
        headlines.removeAll();
        glance.headlines().forEach(h -> headlines.add(new FigureTile(h.value().stripTrailingZeros().toPlainString(), h.spec().label())));
    }

    private static FigureTile tile(long count, String one, String many, String href) {
        return new FigureTile(String.valueOf(count), count == 1 ? one : many, href);
    }
}
