package org.opendoors.privacy.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendoors.KaribuTest;
import org.opendoors.TestEvents;
import org.opendoors.base.brand.Brand;
import org.opendoors.privacy.RetentionSchedule;
import org.springframework.beans.factory.annotation.Autowired;

/** Anyone can read the privacy notice: the council as controller, its contact, and the retention schedule as it stands. */
class PrivacyNoticeViewTest extends KaribuTest {

    @Autowired
    RetentionSchedule schedule;

    @Autowired
    Brand brand;

    @Autowired
    TestEvents events;

    @Test
    void an_anonymous_visitor_reads_the_notice_with_the_retention_table_from_the_schedule() {
        navigate("privacy");
        PrivacyNoticeView notice = _get(PrivacyNoticeView.class);

        List<List<String>> expected = schedule.periods().stream().map(p -> List.of(p.getKind().label(), p.describe(),
                p.getKind().countedFrom(), p.getKind().thenWhat())).toList();
        assertThat(notice.retention.rows()).isEqualTo(expected).hasSize(6);
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .anyMatch(text -> text.startsWith(brand.councilName() + " runs " + brand.serviceName() + " and is the data controller"))
                .contains(brand.privacyContact());
        assertThat(brand.privacyPurposes()).isNotEmpty();
        brand.privacyPurposes().forEach(purpose -> assertThat(notice.getElement().getTextRecursively()).contains(purpose));
    }

    @Test
    void the_public_footer_and_the_event_sign_up_form_link_to_the_notice() {
        navigate("events/" + events.published("Privacy breakfast " + System.nanoTime(), 10).getId());
        assertThat(_get(Footer.class).getChildren().map(c -> ((Anchor) c).getHref())).containsExactly("privacy");
        assertThat(_find(Anchor.class)).filteredOn(a -> a.getHref().equals("privacy"))
                .extracting(Anchor::getText).contains("Privacy notice", "privacy notice (opens in a new tab)");
    }
}
