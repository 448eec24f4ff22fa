package org.opendoors.organisation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendoors.KaribuTest;
import org.opendoors.TestEmployers;
import org.opendoors.organisation.ConsentWording;
import org.opendoors.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

/** The engagement team sees an organisation's consent history on its page and records answers given by phone. */
class ConsentSectionTest extends KaribuTest {

    @Autowired
    TestEmployers employers;

    @Test
    void the_organisation_page_shows_the_consent_history_and_a_recorded_answer_joins_it() {
        TestEmployers.Employer employer = employers.register(false);
        String engagement = users.create(Role.ENGAGEMENT);
        signIn(engagement);
        navigate("organisations/" + employer.organisationId());
        ConsentSection section = _get(ConsentSection.class);
        assertThat(section.history.rows()).extracting(row -> row.get(0) + " " + row.get(1) + " " + row.get(3) + " "
                + row.get(4)).containsExactlyInAnyOrder(
                "Contact from the engagement team Yes " + employer.email() + " Registration",
                "On the public pledge wall and open data No " + employer.email() + " Registration");
        assertThat(section.wall.getValue()).isFalse();

        _setValue(section.wall, true);
        _click(_get(section, com.vaadin.flow.component.button.Button.class, spec -> spec.withText("Record these answers")));

        List<String> newest = _get(ConsentSection.class).history.rows().getFirst();
        assertThat(newest).containsExactly("On the public pledge wall and open data", "Yes", newest.get(2), engagement,
                "Council staff", ConsentWording.WALL_ON_PROFILE);
        assertThat(_get(ConsentSection.class).history.rows()).hasSize(3);
    }
}
