package org.opendoors.strategy.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.combobox.ComboBox;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.opendoors.KaribuTest;
import org.opendoors.base.SystemTask;
import org.opendoors.base.figures.FigureSpec;
import org.opendoors.security.Role;
import org.opendoors.socialvalue.Grade;
import org.opendoors.strategy.ActionPlan;
import org.opendoors.strategy.ActionPlanService;
import org.opendoors.strategy.ProgressRound;
import org.opendoors.strategy.ProgressService;
import org.opendoors.strategy.Recommendation;
import org.opendoors.strategy.TestPlans;
import org.opendoors.strategy.TrackerRow;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The engagement team sets up a plan, a recommendation and a live measure in the forms (bad input kept and explained),
 * opens a round, overrides the suggested grade with a reason and publishes; leadership reads it all and changes nothing.
 */
class StrategyJourneyTest extends KaribuTest {

    @Autowired
    TestPlans testPlans;

    @Autowired
    ActionPlanService plans;

    @Autowired
    ProgressService progress;

    @Test
    @SuppressWarnings("unchecked")
    void the_engagement_team_sets_up_a_plan_with_a_live_measure_and_publishes_a_graded_round() {
        TestPlans.World world = testPlans.world(false, "North", "South");
        testPlans.placement(world, 0, "Apprenticeship", LocalDate.of(2022, 3, 1));
        testPlans.placement(world, 1, "Apprenticeship", LocalDate.of(2022, 4, 1));
        signIn(users.create(Role.ENGAGEMENT));
        navigate("strategy/plan");
        String title = "Review of Care Leavers EET " + world.suffix();
        _setValue(_get(TextField.class, spec -> spec.withLabel("Link officer(s)")), "Alex Morgan");
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Date agreed")), LocalDate.of(2021, 9, 1));
        _click(_get(Button.class, spec -> spec.withText("Set up the plan")));
        assertThat(_get(TextField.class, spec -> spec.withLabel("Title")).getErrorMessage()).startsWith("Enter the plan's title");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Link officer(s)")).getValue()).isEqualTo("Alex Morgan");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Title")), title);
        _click(_get(Button.class, spec -> spec.withText("Set up the plan")));
        ActionPlan plan = SystemTask.run(() -> plans.plans()).stream().filter(p -> p.getTitle().equals(title)).findFirst().orElseThrow();

        go("strategy/recommendation?plan=" + plan.getId());
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Recommendation")), "Creates a dedicated brokerage resource");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Responsibility")), "Alex Morgan/Sam Okafor");
        _click(_get(Button.class, spec -> spec.withText("Add the recommendation")));
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Agreed actions, one per line")).getErrorMessage())
                .isEqualTo("Enter at least one agreed action, one per line");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Agreed actions, one per line")),
                "Join the borough's employer forums\nCreate a brokerage coordinator role");
        _click(_get(Button.class, spec -> spec.withText("Add the recommendation")));
        assertThat(_get(H1.class).getText()).isEqualTo("Recommendation 1");
        Recommendation recommendation = SystemTask.run(() -> plans.recommendations(plan.getId())).getFirst();
        assertThat(recommendation.getActions()).hasSize(2);

        go("strategy/measure?recommendation=" + recommendation.getId());
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Success measure, as the plan words it")),
                "Apprenticeships: 3 by April 2022 and 5 by April 2023");
        _setValue((RadioButtonGroup<String>) _get(RadioButtonGroup.class, spec -> spec.withLabel("How is it measured?")),
                MeasureFormView.LIVE);
        Select<FigureSpec> figure = _get(Select.class, spec -> spec.withLabel("What Open Doors counts"));
        _setValue(figure, figure.getListDataView().getItems().filter(f -> f.key().equals("placements.started")).findFirst().orElseThrow());
        _setValue((ComboBox<String>) _get(ComboBox.class, spec -> spec.withLabel("Type of opportunity (optional)")), "Apprenticeship");
        _setValue((ComboBox<String>) _get(ComboBox.class, spec -> spec.withLabel("Sector (optional)")), world.sector());
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Milestone 1: due by")), LocalDate.of(2023, 4, 30));
        _setValue(_get(BigDecimalField.class, spec -> spec.withLabel("Milestone 1: target")), new BigDecimal("5"));
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Milestone 2: due by")), LocalDate.of(2022, 4, 30));
        _setValue(_get(BigDecimalField.class, spec -> spec.withLabel("Milestone 2: target")), new BigDecimal("3"));
        _setValue(_get(BigDecimalField.class, spec -> spec.withLabel("Milestone 3: target")), new BigDecimal("7"));
        _click(_get(Button.class, spec -> spec.withText("Add the success measure")));
        assertThat(_get(DatePicker.class, spec -> spec.withLabel("Milestone 2: due by")).getErrorMessage())
                .startsWith("Milestones must be in date order");
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Milestone 1: due by")), LocalDate.of(2022, 4, 30));
        _setValue(_get(BigDecimalField.class, spec -> spec.withLabel("Milestone 1: target")), new BigDecimal("3"));
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Milestone 2: due by")), LocalDate.of(2023, 4, 30));
        _setValue(_get(BigDecimalField.class, spec -> spec.withLabel("Milestone 2: target")), new BigDecimal("5"));
        _click(_get(Button.class, spec -> spec.withText("Add the success measure")));
        assertThat(_get(DatePicker.class, spec -> spec.withLabel("Milestone 3: due by")).getErrorMessage())
                .isEqualTo("Enter the date this target is due by");
        assertThat(_get(BigDecimalField.class, spec -> spec.withLabel("Milestone 3: target")).getValue()).isEqualByComparingTo("7");
        _setValue(_get(BigDecimalField.class, spec -> spec.withLabel("Milestone 3: target")), null);
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Across at least this many areas (optional)")), 2);
        _click(_get(Button.class, spec -> spec.withText("Add the success measure")));
        assertThat(_get(H1.class).getText()).isEqualTo("Recommendation 1");
        assertThat(_find(Anchor.class, spec -> spec.withText("See the records behind this figure"))).hasSize(1);

        go("strategy?plan=" + plan.getId());
        Grid<TrackerRow> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(grid, 0)).anySatisfy(cell -> assertThat(cell).contains("Placements started: 2 placements, across 2 areas"));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Name of the round")), "September 2022");
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Reports up to")), LocalDate.of(2022, 9, 30));
        _click(_get(Button.class, spec -> spec.withText("Open a progress round")));
        assertThat(_get(H1.class).getText()).isEqualTo("Progress update: September 2022");

        // 2 of 3 by 30 April 2022: that milestone was missed, so the suggestion is 4 Not achieved
        Select<Grade> grade = _get(Select.class, spec -> spec.withLabel("Assessment of progress"));
        assertThat(grade.getHelperText()).contains("4 Not achieved");
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Evidence of progress")).getValue())
                .startsWith("As of 30 September 2022, measured from Open Doors: Placements started");
        _setValue(grade, Grade.ON_TRACK);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Evidence of impact")), "A new team keen to embed the work");
        _click(_get(Button.class, spec -> spec.withText("Publish this round")));
        TextArea explanation = _get(TextArea.class, spec -> spec.withLabel("Explanation (required if you give a grade other than the suggested one)"));
        assertThat(explanation.getErrorMessage()).contains("explain why");
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Evidence of impact")).getValue()).isEqualTo("A new team keen to embed the work");
        _setValue(explanation, "A third apprentice starts in October");
        _click(_get(Button.class, spec -> spec.withText("Publish this round")));
        _assertNone(TextArea.class);
        ProgressRound round = SystemTask.run(() -> progress.rounds(plan.getId())).getFirst();
        assertThat(round.isPublished()).isTrue();
        assertThat(SystemTask.run(() -> progress.entries(round.getId())).get(recommendation.getId()).getGrade()).isEqualTo(Grade.ON_TRACK);

        signOut();
        signIn(users.create(Role.LEADERSHIP));
        go("strategy?plan=" + plan.getId());
        grid = _get(Grid.class);
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("2");
        _assertNone(Button.class, spec -> spec.withText("Open a progress round"));
        assertThat(_find(Anchor.class, spec -> spec.withText("Add a recommendation"))).isEmpty();
        navigate("strategy/recommendations/" + recommendation.getId());
        assertThat(_find(Anchor.class, spec -> spec.withText("See the records behind this figure"))).isEmpty();
        assertThat(_find(Anchor.class, spec -> spec.withText("Add a success measure"))).isEmpty();
        navigate("leadership");
        assertThat(_get(H1.class).getText()).isEqualTo("Care leavers into work: how we are doing");
        navigate("procurement"); // the procurement overview, read only
        assertThat(_get(H1.class).getText()).isEqualTo("Social value for care leavers");
        assertThat(_find(Anchor.class, spec -> spec.withText("Set up a contract"))).isEmpty();
    }

    @Test
    void a_grade_filter_shows_only_recommendations_with_that_latest_grade() {
        Recommendation r = testPlans.planWithRecommendation("Filter " + System.nanoTime());
        SystemTask.run(() -> plans.saveRecommendation(r.getPlanId(), null, null, new org.opendoors.strategy.RecommendationDetails(8,
                "Second", java.util.List.of("Act"), "Jo Bloggs", null, null)));
        signIn(users.create(Role.ENGAGEMENT));
        ProgressRound round = SystemTask.run(() -> progress.openRound(r.getPlanId(), "Spring", LocalDate.of(2023, 3, 1)));
        SystemTask.run(() -> progress.save(round.getId(), round.getVersion(), java.util.Map.of(r.getId(),
                new ProgressService.EntryInput("Done", Grade.SLIPPED, null, null))));
        go("strategy?plan=" + r.getPlanId());
        @SuppressWarnings("unchecked")
        Grid<TrackerRow> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(2);
        @SuppressWarnings("unchecked")
        Select<String> grade = _get(Select.class, spec -> spec.withLabel("Latest grade"));
        _setValue(grade, Grade.SLIPPED.label());
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).recommendation().getNumber()).isEqualTo(7);
        _setValue(grade, "Any grade");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Responsibility")), "bloggs");
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).recommendation().getNumber()).isEqualTo(8);
    }

    @Test
    void the_tracker_and_a_recommendation_say_when_their_measures_were_read() {
        clock.set(java.time.Instant.parse("2026-12-03T10:15:00Z"));
        TestPlans.World world = testPlans.world(false, "North");
        testPlans.placement(world, 0, "Apprenticeship", LocalDate.of(2022, 3, 1));
        Recommendation r = testPlans.planWithRecommendation("Measured at " + world.suffix());
        testPlans.apprenticeships(r.getId(), world, null, org.opendoors.base.figures.OrganisationKind.ANY);
        listeners.awaitAll(); // read and stored at 10:15, once the new measure committed
        clock.travel(java.time.Duration.ofMinutes(50));
        signIn(users.create(Role.LEADERSHIP));
        go("strategy?plan=" + r.getPlanId());
        assertThat(_find(com.vaadin.flow.component.html.Paragraph.class).stream().map(p -> p.getText()))
                .contains("Measures now: measured from Open Doors at 10:15 today. Open Doors reads them again every few minutes, "
                        + "and as soon as a measure is changed.");
        navigate("strategy/recommendations/" + r.getId());
        assertThat(_find(org.opendoors.base.ui.SummaryList.class).stream().map(list -> list.getElement().getTextRecursively()))
                .anySatisfy(text -> assertThat(text).contains("– measured from Open Doors at 10:15 today"));
    }

    /** Navigates to a location with a query string, as a link would. */
    static void go(String location) {
        String[] parts = location.split("\\?", 2);
        com.vaadin.flow.component.UI.getCurrent().navigate(parts[0],
                com.vaadin.flow.router.QueryParameters.fromString(parts.length > 1 ? parts[1] : ""));
    }
}
