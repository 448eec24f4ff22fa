package org.opendoors.organisation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.opendoors.KaribuTest;
import org.opendoors.TestEmployers;
import org.opendoors.TestMail;
import org.opendoors.base.SystemTask;
import org.opendoors.organisation.Activity;
import org.opendoors.organisation.ActivityService;
import org.opendoors.organisation.ActivityType;
import org.opendoors.organisation.Organisation;
import org.opendoors.organisation.OrganisationExport;
import org.opendoors.organisation.OrganisationFilter;
import org.opendoors.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

/** The engagement team's CRM: find organisations, record activities, follow next actions. */
class CrmTest extends KaribuTest {

    @Autowired
    TestEmployers employers;

    @Autowired
    ActivityService activities;

    @Autowired
    OrganisationExport export;

    @Test
    void the_organisation_list_filters_in_the_database_and_exports_the_filtered_rows() {
        TestEmployers.Employer wanted = employers.register(false);
        employers.register(false);
        signIn(users.create(Role.ENGAGEMENT));
        navigate("organisations");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Name")), wanted.organisationName());
        @SuppressWarnings("unchecked")
        Grid<Organisation> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).getName()).isEqualTo(wanted.organisationName());

        var bytes = new java.io.ByteArrayOutputStream();
        export.csv(new OrganisationFilter(wanted.organisationName(), null, null, null, null, false), bytes);
        String csv = bytes.toString(StandardCharsets.UTF_8);
        assertThat(csv.lines()).hasSize(2);
        assertThat(csv).startsWith("\uFEFFName,Type,Sector").contains(wanted.organisationName()).contains("SS1 2AB");
    }

    @Test
    void an_activity_with_a_next_action_shows_in_my_next_actions_and_reminds_its_owner_on_the_day_once() {
        TestEmployers.Employer employer = employers.register(false);
        String me = users.create(Role.ENGAGEMENT);
        signIn(me);
        navigate("organisations/" + employer.organisationId());
        @SuppressWarnings("unchecked")
        Select<ActivityType> type = _get(Select.class, spec -> spec.withLabel("Kind of activity"));
        _setValue(type, ActivityType.QUARTERLY_CHECK_IN);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Notes")), "Two work trials ran this quarter.");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Next action (optional)")), "Send the mock interview dates");
        _click(_get(Button.class, spec -> spec.withText("Record activity")));
        DatePicker due = _get(DatePicker.class, spec -> spec.withLabel("Next action due"));
        assertThat(due.isInvalid()).isTrue();
        assertThat(due.getErrorMessage()).isEqualTo("Enter when the next action is due");
        _setValue(due, LocalDate.now(clock).plusDays(3));
        _click(_get(Button.class, spec -> spec.withText("Record activity")));

        navigate("engagement");
        @SuppressWarnings("unchecked")
        Grid<Activity> nextActions = _get(Grid.class);
        assertThat(GridKt._get(nextActions, 0).getNextAction()).isEqualTo("Send the mock interview dates");

        clock.travel(Duration.ofDays(3));
        SystemTask.run(activities::sendDueReminders);
        SystemTask.run(activities::sendDueReminders);
        TestMail.await(me, "Next action due: " + employer.organisationName());
        assertThat(TestMail.count(me, "Next action due")).isEqualTo(1);
    }

    @Test
    void an_employer_invites_a_colleague_who_chooses_a_password_by_link() {
        TestEmployers.Employer employer = employers.register(false);
        signIn(employer.email());
        navigate("our-organisation");
        String colleague = "colleague." + System.nanoTime() + "@colleague.example";
        _setValue(_get(TextField.class, spec -> spec.withLabel("Colleague's full name")), "Sam Colleague");
        _setValue(_get(com.vaadin.flow.component.textfield.EmailField.class, spec -> spec.withLabel("Colleague's e-mail address")), colleague);
        _click(_get(Button.class, spec -> spec.withText("Send invitation")));
        String link = TestMail.linkPath(TestMail.await(colleague, "invited you to Open Doors"), "set-password/");

        signOut();
        navigate(link);
        _setValue(_get(com.vaadin.flow.component.textfield.PasswordField.class, spec -> spec.withLabel("Create a password")), "Maple-Ferry-Window-8");
        _setValue(_get(com.vaadin.flow.component.textfield.PasswordField.class, spec -> spec.withLabel("Type the password again")), "Maple-Ferry-Window-8");
        _click(_get(Button.class, spec -> spec.withText("Save password")));
        assertThat(users.principal(colleague).organisationId()).isEqualTo(employer.organisationId());

        navigate(link);
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class).getText()).contains("already been used");
    }

    @Test
    void an_employer_keeps_the_profile_up_to_date_and_a_bad_postcode_changes_nothing() {
        TestEmployers.Employer employer = employers.register(false);
        signIn(employer.email());
        navigate("our-organisation");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Postcode")), "nowhere");
        _click(_get(Button.class, spec -> spec.withText("Save profile")));
        assertThat(_get(TextField.class, spec -> spec.withLabel("Postcode")).getErrorMessage()).isEqualTo("Enter a real postcode, like SS1 2AB");

        _setValue(_get(TextField.class, spec -> spec.withLabel("Postcode")), "ss99 9zz");
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Show our organisation on the public pledge wall while our pledge is in force")), true);
        _click(_get(Button.class, spec -> spec.withText("Save profile")));
        Organisation saved = SystemTask.run(() -> context.getBean(org.opendoors.organisation.OrganisationService.class)
                .find(employer.organisationId()).orElseThrow());
        assertThat(saved.getPostcode()).isEqualTo("SS99 9ZZ");
        assertThat(saved.isWallConsent()).isTrue();
    }
}
