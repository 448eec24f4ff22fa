package org.opendoors.strategy.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.opendoors.security.AppRoles;
import org.opendoors.socialvalue.Grade;
import org.opendoors.strategy.ActionPlan;
import org.opendoors.strategy.ActionPlanService;
import org.opendoors.strategy.ProgressService;

/** Leadership and scrutiny members' home: each action plan's recommendations by latest grade, and where to read more. */
@Route("leadership")
@PageTitle("Leadership – Open Doors")
@RolesAllowed(AppRoles.LEADERSHIP)
@AccessDeniedErrorRouter
class LeadershipHomeView extends Div {

    LeadershipHomeView(ActionPlanService plans, ProgressService progress) {
        add(new H1("Care leavers into work: how we are doing"),
                new Paragraph("Read the council's action plans and their graded progress updates, and the dashboards of what "
                        + "employers offer and what young people start. Nothing here can be changed from this account."),
                new UnorderedList(new ListItem(new Anchor("strategy", "Action plans and progress updates")),
                        new ListItem(new Anchor("insight", "Dashboards")),
                        new ListItem(new Anchor("procurement", "Social value: the procurement overview")),
                        new ListItem(new Anchor("insight/public", "The public insight page"))));
        Map<Long, ProgressService.PlanGrades> gradesByPlan = progress.gradesByPlan();
        for (ActionPlan plan : plans.plans()) {
            ProgressService.PlanGrades planGrades = gradesByPlan.getOrDefault(plan.getId(), ProgressService.PlanGrades.NONE);
            UnorderedList grades = new UnorderedList();
            for (Grade grade : Grade.values()) {
                int count = planGrades.count(grade);
                grades.add(new ListItem(StrategyUi.gradeTag(grade), new Span(" " + count + " recommendation" + (count == 1 ? "" : "s"))));
            }
            grades.add(new ListItem("Not graded yet: " + planGrades.notGraded()));
            add(new H2(plan.getTitle()), new Paragraph("Recommendations by their latest grade:"), grades,
                    new Paragraph(new Anchor("strategy?plan=" + plan.getId(), "Open the " + plan.getTitle() + " tracker")));
        }
    }
}
