package org.opendoors.privacy.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendoors.KaribuTest;
import org.opendoors.base.personal.PersonMatch;
import org.opendoors.privacy.TestPeople;
import org.opendoors.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class PeopleViewTest extends KaribuTest {

    @Autowired
    TestPeople people;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void an_administrator_finds_a_person_sees_what_is_held_and_erases_them_after_a_page_saying_what_will_happen() {
        String email = people.everywhere();
        signIn(users.create(Role.ADMIN));
        navigate("admin/people");
        search(email);

        assertThat(headings()).contains("Contacts (1)", "User accounts (1)", "Registrations (1)", "Event sign-ups (1)",
                "Audit trail (1)", "Outbox (" + rowsTo(email) + ")");
        Grid<PersonMatch> contacts = grid("Contacts");
        assertThat(GridKt._size(contacts)).isEqualTo(1);
        assertThat(GridKt._get(contacts, 0).email()).isEqualTo(email);
        _click((Button) GridKt._getCellComponent(contacts, 0, "person"));

        assertThat(_get(H1.class).getText()).isEqualTo(email);
        _get(Anchor.class, spec -> spec.withText("Download everything we hold (ZIP)"));
        _click(_get(Button.class, spec -> spec.withText("Erase this person")));
        assertThat(_get(H1.class).getText()).isEqualTo("Are you sure you want to erase " + email + "?");
        _click(_get(Button.class, spec -> spec.withText("Cancel")));
        assertThat(rowsTo(email)).as("cancelled: nothing erased").isPositive();

        _click(_get(Button.class, spec -> spec.withText("Erase this person")));
        _click(_get(Button.class, spec -> spec.withText("Yes, erase this person")));
        assertThat(_get(H1.class).getText()).isEqualTo("Person erased");
        assertThat(_find(Span.class).stream().map(Span::getText)).anyMatch(text -> text.matches("ERA-\\d{6}"));
        assertThat(headings()).contains("What happens next");
        assertThat(rowsTo(email)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from contact where email = ?", Long.class, email)).isZero();
    }

    @Test
    void a_search_by_part_of_a_name_lists_the_matches_by_kind_and_an_empty_search_is_refused_next_to_the_field() {
        people.everywhere();
        signIn(users.create(Role.ADMIN));
        navigate("admin/people");
        search(" ");
        TextField field = _get(TextField.class, spec -> spec.withLabel("E-mail address or name"));
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo("Enter an e-mail address or a name");

        search("am Signu");
        assertThat(field.isInvalid()).isFalse();
        assertThat(headings()).anyMatch(heading -> heading.startsWith("Event sign-ups ("));
        assertThat(GridKt._get(grid("Event sign-ups"), 0).name()).isEqualTo("Sam Signup");
    }

    private static void search(String text) {
        _setValue(_get(TextField.class, spec -> spec.withLabel("E-mail address or name")), text);
        _click(_get(Button.class, spec -> spec.withText("Search")));
    }

    private static List<String> headings() {
        return _find(H2.class).stream().map(H2::getText).toList();
    }

    @SuppressWarnings("unchecked")
    private static Grid<PersonMatch> grid(String kind) {
        return _find(Grid.class).stream().filter(grid -> grid.getAriaLabel().filter(kind::equals).isPresent())
                .findFirst().orElseThrow();
    }

    private long rowsTo(String email) {
        return jdbc.queryForObject("select count(*) from outbound_email where recipient = ?", Long.class, email);
    }
}
