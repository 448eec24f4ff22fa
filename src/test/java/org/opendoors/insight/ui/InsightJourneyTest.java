package org.opendoors.insight.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendoors.KaribuTest;
import org.opendoors.base.SystemTask;
import org.opendoors.base.figures.Bucket;
import org.opendoors.base.figures.Dimension;
import org.opendoors.base.ui.Chart;
import org.opendoors.insight.InsightService;
import org.opendoors.security.Role;
import org.opendoors.strategy.TestPlans;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Dashboards count what was recorded (checked by hand in a sector and areas of their own), charts are images with a
 * text alternative, a table and CSV; the public page suppresses small counts of young people and is open to anyone.
 */
class InsightJourneyTest extends KaribuTest {

    @Autowired
    TestPlans testPlans;

    @Autowired
    InsightService insight;

    @Test
    @SuppressWarnings("unchecked")
    void the_dashboard_counts_placements_by_sector_and_area_as_counted_by_hand() {
        LocalDate today = LocalDate.now(clock);
        TestPlans.World world = testPlans.world(false, "Harbour", "Hill");
        testPlans.placement(world, 0, "Apprenticeship", today.minusDays(3));
        testPlans.placement(world, 0, "Work trial", today.minusDays(40));
        testPlans.placement(world, 1, "Apprenticeship", today.minusDays(2));
        testPlans.placement(world, 1, "Apprenticeship", today.minusYears(3)); // outside the last 12 months

        List<Bucket> bySector = SystemTask.run(() -> insight.breakdown("placements.started", insight.defaultFrom(), today, Dimension.SECTOR));
        assertThat(bySector).filteredOn(b -> b.key().equals(world.sector())).singleElement()
                .satisfies(b -> assertThat(b.value()).isEqualByComparingTo("3"));
        List<Bucket> byArea = SystemTask.run(() -> insight.breakdown("placements.started", insight.defaultFrom(), today, Dimension.AREA));
        assertThat(byArea).filteredOn(b -> b.key().equals("Harbour " + world.suffix())).singleElement()
                .satisfies(b -> assertThat(b.value()).isEqualByComparingTo("2"));

        signIn(users.create(Role.LEADERSHIP));
        navigate("insight");
        assertThat(_get(H1.class).getText()).isEqualTo("Insight");
        Chart chart = _get(Chart.class);
        assertThat(chart.title()).isEqualTo("Placements started by month");
        assertThat(_get(chart, Svg.class).getElement().toString()).contains("role=\"img\"").contains("aria-label=\"Placements started by month");
        Select<Dimension> by = _get(Select.class, spec -> spec.withLabel("By"));
        _setValue(by, Dimension.AREA);
        assertThat(_get(Chart.class).title()).isEqualTo("Placements started by area");
    }

    @Test
    void the_public_page_shows_a_small_count_of_young_people_as_fewer_than_5_and_anyone_may_open_it() {
        LocalDate today = LocalDate.now(clock);
        TestPlans.World world = testPlans.world(false, "Quay");
        for (int i = 0; i < 4; i++) {
            testPlans.placement(world, 0, "Apprenticeship", today.minusDays(1 + i));
        }
        InsightService.PublicFigureView placements = insight.publicPage().stream()
                .filter(f -> f.spec().key().equals("placements.started")).findFirst().orElseThrow();
        int quay = placements.areas().indexOf("Quay " + world.suffix());
        assertThat(placements.areaValues().get(quay)).isEqualTo("fewer than 5");
        long shown = placements.areaValues().stream().filter(v -> v.equals("fewer than 5")).count();
        long withheld = placements.areaValues().stream().filter(v -> v.equals("withheld")).count();
        assertThat(shown + withheld).as("a lone suppressed area takes another with it").isGreaterThanOrEqualTo(2);

        signOut();
        navigate("insight/public");
        assertThat(_get(H1.class).getText()).isEqualTo("How we are doing");
        assertThat(_find(Chart.class)).isNotEmpty();
    }

}
