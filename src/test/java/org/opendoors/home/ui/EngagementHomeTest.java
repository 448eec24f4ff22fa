package org.opendoors.home.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendoors.KaribuTest;
import org.opendoors.TestEmployers;
import org.opendoors.base.ui.FigureTile;
import org.opendoors.organisation.Activity;
import org.opendoors.organisation.ActivityService;
import org.opendoors.organisation.ActivityType;
import org.opendoors.organisation.NewActivity;
import org.opendoors.pledge.PledgeService;
import org.opendoors.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

/** The engagement team's home counts the work waiting for them, each count a link to it, and shows three headlines. */
class EngagementHomeTest extends KaribuTest {

    @Autowired
    TestEmployers employers;

    @Autowired
    ActivityService activities;

    @Autowired
    PledgeService pledges;

    @Test
    void the_home_counts_my_next_actions_due_and_the_pledges_waiting_and_each_count_links_to_the_work() {
        TestEmployers.Employer employer = employers.register(false);
        signIn(users.create(Role.ENGAGEMENT));
        long waitingBefore = pledges.countAwaitingApproval();
        employers.submittedPledge(employer.organisationId(), 2);
        LocalDate today = LocalDate.now(clock);
        activities.record(employer.organisationId(), new NewActivity(ActivityType.CALL, today.minusDays(5), "Talked about tours",
                "Send the tour dates", today.minusDays(1)));
        activities.record(employer.organisationId(), new NewActivity(ActivityType.CALL, today.minusDays(5), "Talked about trials",
                "Confirm the trial", today.plusDays(6)));

        navigate("engagement");

        assertThat(tile("next action due today or before")).isEqualTo("1");
        assertThat(tile("to approve")).isEqualTo(String.valueOf(waitingBefore + 1));
        assertThat(link("to approve")).isEqualTo("pledges");
        assertThat(link("waiting for an employer", "waiting for employers")).isEqualTo("asks");
        assertThat(link("check due", "checks due")).isEqualTo("placements");
        assertThat(link("overdue")).isEqualTo("procurement");
        assertThat(link("this month")).isEqualTo("events/manage");
        @SuppressWarnings("unchecked")
        Grid<Activity> nextActions = _get(Grid.class);
        assertThat(GridKt._size(nextActions)).isEqualTo(2);
        assertThat(GridKt._get(nextActions, 0).getNextAction()).isEqualTo("Send the tour dates");
        assertThat(_find(FigureTile.class)).extracting(t -> t.getElement().getTextRecursively())
                .anySatisfy(text -> assertThat(text).contains("Employers engaged"))
                .anySatisfy(text -> assertThat(text).contains("Placements started"))
                .anySatisfy(text -> assertThat(text).contains("Young people reached"));

        _click((Button) GridKt._getCellComponent(nextActions, 0, "done"));
        assertThat(tile("next actions due today or before")).isEqualTo("0");
        assertThat(GridKt._size(nextActions)).isEqualTo(1);
    }

    private static String tile(String label) {
        return tileWith(label).getElement().getChild(0).getChild(0).getText();
    }

    /** The link of the tile whose text ends with one of the labels (singular or plural as the count has it). */
    private static String link(String... labels) {
        return tileWith(labels).getChildren().map(Anchor.class::cast).findFirst().orElseThrow().getHref();
    }

    private static FigureTile tileWith(String... labels) {
        List<FigureTile> tiles = _find(FigureTile.class).stream()
                .filter(t -> java.util.Arrays.stream(labels).anyMatch(label -> t.getElement().getTextRecursively().endsWith(label))).toList();
        assertThat(tiles).as("a tile for " + String.join(" or ", labels)).hasSize(1);
        return tiles.getFirst();
    }
}
