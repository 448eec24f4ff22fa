package org.opendoors.event.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.opendoors.KaribuTest;
import org.opendoors.TestEmployers;
import org.opendoors.TestEvents;
import org.opendoors.TestMail;
import org.opendoors.base.SystemTask;
import org.opendoors.base.TimeConfiguration;
import org.opendoors.event.EventExport;
import org.opendoors.event.EngagementEvent;
import org.opendoors.event.EventAudience;
import org.opendoors.event.EventService;
import org.opendoors.event.EventStatus;
import org.opendoors.event.EventType;
import org.opendoors.event.SignupService;
import org.opendoors.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

/** Events from creation to the day itself, through the views. */
class EventJourneyTest extends KaribuTest {

    @Autowired
    TestEvents events;

    @Autowired
    EventService eventService;

    @Autowired
    SignupService signups;

    @Autowired
    EventExport export;

    @Test
    @SuppressWarnings("unchecked")
    void the_engagement_team_creates_and_publishes_an_event() {
        signIn(users.create(Role.ENGAGEMENT));
        navigate("events/manage/form");
        String title = "Insight session " + System.nanoTime();
        _setValue(_get(TextField.class, spec -> spec.withLabel("Title")), title);
        Select<EventType> type = _get(Select.class, spec -> spec.withLabel("Type of event"));
        _setValue(type, EventType.INSIGHT_SESSION);
        LocalDateTime start = LocalDateTime.now(clock).plusDays(20).withHour(14).withMinute(0).withSecond(0).withNano(0);
        _setValue(_get(DateTimePicker.class, spec -> spec.withLabel("Starts")), start);
        _setValue(_get(DateTimePicker.class, spec -> spec.withLabel("Ends")), start.minusHours(1));
        _click(_get(Button.class, spec -> spec.withText("Save event")));
        assertThat(_get(DateTimePicker.class, spec -> spec.withLabel("Ends")).getErrorMessage())
                .isEqualTo("Enter when the event ends, after it starts");

        _setValue(_get(DateTimePicker.class, spec -> spec.withLabel("Ends")), start.plusHours(2));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Venue (leave empty for an online event)")), "Civic Centre");
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Places")), 30);
        _setValue(_get(DateTimePicker.class, spec -> spec.withLabel("Sign-up opens")), LocalDateTime.now(clock).minusHours(1).withSecond(0).withNano(0));
        _setValue(_get(DateTimePicker.class, spec -> spec.withLabel("Sign-up closes")), start.minusDays(1));
        _setValue((RadioButtonGroup<EventAudience>) _get(RadioButtonGroup.class, spec -> spec.withLabel("Who is it for?")), EventAudience.BOTH);
        _click(_get(Button.class, spec -> spec.withText("Save event")));
        assertThat(_get(H1.class).getText()).isEqualTo(title);
        _click(_get(Button.class, spec -> spec.withText("Publish")));

        signOut();
        navigate("events");
        assertThat(_find(com.vaadin.flow.component.html.Anchor.class).stream().map(a -> a.getText())).contains(title);
    }

    @Test
    void a_full_event_puts_the_next_sign_up_on_the_waiting_list_and_a_cancellation_promotes_it() {
        EngagementEvent event = events.published("Small breakfast " + System.nanoTime(), 1);
        String first = "first." + System.nanoTime() + "@example.org";
        String second = "second." + System.nanoTime() + "@example.org";
        signUp(event, "Ada First", first);
        assertThat(_get(H1.class).getText()).isEqualTo("Check your e-mail");
        var confirmation = TestMail.await(first, "You're booked");
        assertThat(new String(TestMail.attachment(confirmation, "invitation.ics"), StandardCharsets.UTF_8)).contains("BEGIN:VEVENT");

        signUp(event, "Bo Second", second);
        assertThat(_get(H1.class).getText()).isEqualTo("Check your e-mail");
        assertThat(TestMail.text(TestMail.await(second, "You're on the waiting list"))).contains("number 1");

        navigate(TestMail.linkPath(confirmation, "events/cancel/"));
        _click(_get(Button.class, spec -> spec.withText("Yes, cancel my place")));
        assertThat(_get(H1.class).getText()).isEqualTo("Your place is cancelled");
        assertThat(TestMail.text(TestMail.await(second, "A place has come up"))).contains("a place has come up for you");
        assertThat(SystemTask.run(() -> eventService.find(event.getId()).orElseThrow()).getConfirmedCount()).isEqualTo(1);
    }

    @Test
    void a_second_sign_up_with_the_same_e_mail_gets_the_same_answer_and_only_the_owner_learns_of_it() {
        EngagementEvent event = events.published("Duplicate breakfast " + System.nanoTime(), 10);
        String email = "twice." + System.nanoTime() + "@example.org";
        signUp(event, "Cy Twice", email);
        String firstAnswer = pageText();
        TestMail.await(email, "You're booked");
        signUp(event, "Cy Twice", email.toUpperCase());
        assertThat(pageText()).isEqualTo(firstAnswer.replace(email, email.toUpperCase()));
        TestMail.await(email, "You have already signed up");
        assertThat(TestMail.count(email, "You're booked")).isEqualTo(1);
        assertThat(SystemTask.run(() -> eventService.find(event.getId()).orElseThrow()).getConfirmedCount()).isEqualTo(1);
    }

    private static String pageText() {
        return com.vaadin.flow.component.UI.getCurrent().getChildren().map(c -> c.getElement().getTextRecursively())
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    @Test
    void sign_up_outside_the_window_or_for_a_cancelled_event_is_refused() {
        EngagementEvent event = events.published("Closing breakfast " + System.nanoTime(), 10);
        // sign-up closed the day before the event, at its start time: a little after that, whatever the time of day now
        clock.set(event.getSignupClosesAt().plusHours(2).atZone(TimeConfiguration.LONDON).toInstant());
        signUp(event, "Di Late", "late." + System.nanoTime() + "@example.org");
        assertThat(_get(H1.class).getText()).isEqualTo(event.getTitle());
        clock.reset();

        String booked = "booked." + System.nanoTime() + "@example.org";
        signUp(event, "Ed Booked", booked);
        SystemTask.run(() -> eventService.cancel(event.getId()));
        TestMail.await(booked, "Cancelled: " + event.getTitle());
        navigate("events/" + event.getId());
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText)).contains("This event has been cancelled.");
        assertThat(SystemTask.run(() -> eventService.find(event.getId()).orElseThrow()).getStatus()).isEqualTo(EventStatus.CANCELLED);
    }

    @Test
    void check_in_ticks_people_and_adds_walk_ins_and_the_export_and_figures_follow() {
        EngagementEvent event = events.published("Check-in breakfast " + System.nanoTime(), 2);
        signUp(event, "Fay Booked", "fay." + System.nanoTime() + "@example.org");
        signUp(event, "Gus Booked", "gus." + System.nanoTime() + "@example.org");
        signIn(users.create(Role.ENGAGEMENT));
        navigate("events/manage/" + event.getId() + "/check-in");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Find by name, e-mail or organisation")), "Fay");
        @SuppressWarnings("unchecked")
        Grid<org.opendoors.event.EventSignup> list = _get(Grid.class, spec -> spec.withId("check-in"));
        assertThat(GridKt._size(list)).isEqualTo(1);
        _setValue((Checkbox) GridKt._getCellComponent(list, 0, "attended"), true);

        _setValue(_get(TextField.class, spec -> spec.withLabel("Name")), "Hal Walkin");
        _click(_get(Button.class, spec -> spec.withText("Add walk-in")));

        var attendance = signups.attendance(event.getId());
        assertThat(attendance.attended()).isEqualTo(2);
        assertThat(attendance.walkIns()).isEqualTo(1);
        assertThat(attendance.noShows()).isEqualTo(1);
        var bytes = new java.io.ByteArrayOutputStream();
        export.signups(event.getId(), null, bytes);
        String csv = bytes.toString(StandardCharsets.UTF_8);
        assertThat(csv.lines()).hasSize(4);
        assertThat(csv).contains("Hal Walkin").contains("Fay Booked");
        assertThat(csv.lines().filter(l -> l.contains("Hal Walkin")).findFirst().orElseThrow()).contains("true,true");
    }

    @Test
    void reminders_go_two_days_and_two_hours_before_each_once_and_pledges_and_follow_ups_follow_attendance() {
        EngagementEvent event = events.published("Reminder breakfast " + System.nanoTime(), 10);
        TestEmployers.Employer employer = employers.register(false);
        signIn(employer.email());
        signUp(event, "Ivy Employer", employer.email());
        TestMail.await(employer.email(), "You're booked");
        signOut();
        clock.set(event.getStartsAt().minusHours(47).atZone(TimeConfiguration.LONDON).toInstant());
        SystemTask.run(signups::sendReminders);
        SystemTask.run(signups::sendReminders);
        TestMail.await(employer.email(), "is coming up");
        assertThat(TestMail.count(employer.email(), "Reminder:")).isEqualTo(1);

        clock.travel(Duration.ofHours(46));
        SystemTask.run(signups::sendReminders);
        SystemTask.run(signups::sendReminders);
        TestMail.await(employer.email(), "starts soon");
        assertThat(TestMail.count(employer.email(), "Reminder:")).isEqualTo(2);

        clock.travel(Duration.ofDays(3));
        employers.submittedPledge(employer.organisationId(), 1);
        signIn(users.create(Role.ENGAGEMENT));
        long signupId = signups.search(event.getId(), "Ivy", org.springframework.data.domain.PageRequest.of(0, 5)).getFirst().getId();
        signups.markAttended(signupId, true);
        assertThat(signups.attendance(event.getId()).pledgesWithin30Days()).isEqualTo(1);
        signups.sendFollowUp(event.getId(), "Thank you: here are the slides.");
        assertThat(TestMail.text(TestMail.await(employer.email(), "Thank you for coming to"))).contains("here are the slides");
    }

    @Autowired
    TestEmployers employers;

    private void signUp(EngagementEvent event, String name, String email) {
        navigate("events/" + event.getId());
        _setValue(_get(TextField.class, spec -> spec.withLabel("Full name")), name);
        _setValue(_get(EmailField.class, spec -> spec.withLabel("E-mail address")), email);
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("I agree that the council may keep these details to run this event")), true);
        _click(_get(Button.class, spec -> spec.withText("Sign up")));
    }
}
