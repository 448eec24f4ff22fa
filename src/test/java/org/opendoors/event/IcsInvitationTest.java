package org.opendoors.event;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZoneUpdater;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.TzOffsetTo;
import net.fortuna.ical4j.util.Configurator;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class IcsInvitationTest {

    private static final Instant STAMP = Instant.parse("2026-11-22T10:15:30Z");

    @Test
    void an_invitation_parses_back_with_uid_stamp_and_london_times() throws Exception {
        InvitationDetails details = details(LocalDateTime.of(2026, 12, 3, 14, 0), LocalDateTime.of(2026, 12, 3, 16, 0));

        Calendar calendar = parse(IcsInvitation.build(details, STAMP));
        VEvent event = event(calendar);

        assertThat(calendar.validate().getEntries()).isEmpty();
        assertThat(calendar.getProductId().getValue()).isEqualTo("-//Open Doors//Engagement events//EN");
        assertThat(calendar.getVersion().getValue()).isEqualTo("2.0");
        assertThat(calendar.getCalendarScale().getValue()).isEqualTo("GREGORIAN");
        assertThat(calendar.getMethod().getValue()).isEqualTo("REQUEST");
        assertThat(calendar.<VTimeZone>getComponent(Component.VTIMEZONE).orElseThrow()
                .getRequiredProperty(Property.TZID).getValue()).isEqualTo("Europe/London");

        assertThat(event.getRequiredProperty(Property.UID).getValue()).isEqualTo("mock-interviews-42@opendoors");
        assertThat(event.getDateStamp().orElseThrow().getDate()).isEqualTo(STAMP);
        DtStart<ZonedDateTime> start = event.getDateTimeStart();
        DtEnd<ZonedDateTime> end = event.getDateTimeEnd();
        assertThat(start.getRequiredParameter(Parameter.TZID).getValue()).isEqualTo("Europe/London");
        assertThat(start.getDate().toLocalDateTime()).isEqualTo(details.startsAt());
        assertThat(end.getRequiredParameter(Parameter.TZID).getValue()).isEqualTo("Europe/London");
        assertThat(end.getDate().toLocalDateTime()).isEqualTo(details.endsAt());
        assertThat(event.getRequiredProperty(Property.SUMMARY).getValue()).isEqualTo("Mock interviews");
        assertThat(event.getRequiredProperty(Property.DESCRIPTION).getValue()).isEqualTo("Practice for Year 13");
        assertThat(event.getRequiredProperty(Property.LOCATION).getValue()).isEqualTo("Anytown Library");
        assertThat(event.getRequiredProperty(Property.SEQUENCE).getValue()).isEqualTo("0");
        assertThat(event.getRequiredProperty(Property.STATUS).getValue()).isEqualTo("CONFIRMED");

        Organizer organiser = event.getRequiredProperty(Property.ORGANIZER);
        assertThat(organiser.getCalAddress()).hasToString("mailto:engagement@anytown.example");
        assertThat(organiser.getRequiredParameter(Parameter.CN).getValue()).isEqualTo("Sam Patel");
        Attendee attendee = event.getRequiredProperty(Property.ATTENDEE);
        assertThat(attendee.getCalAddress()).hasToString("mailto:jo@builders.example");
        assertThat(attendee.getRequiredParameter(Parameter.CN).getValue()).isEqualTo("Jo Brown");
        assertThat(attendee.getRequiredParameter(Parameter.ROLE).getValue()).isEqualTo("REQ-PARTICIPANT");
        assertThat(attendee.getRequiredParameter(Parameter.PARTSTAT).getValue()).isEqualTo("NEEDS-ACTION");
        assertThat(attendee.getRequiredParameter(Parameter.RSVP).getValue()).isEqualTo("FALSE");
    }

    @Test
    void times_are_right_across_the_clock_change_on_the_last_sunday_of_march() throws Exception {
        // Clocks go forward at 01:00 GMT on Sunday 28 March 2027
        Calendar sunday = parse(IcsInvitation.build(
                details(LocalDateTime.of(2027, 3, 28, 9, 0), LocalDateTime.of(2027, 3, 28, 11, 0)), STAMP));
        Calendar saturday = parse(IcsInvitation.build(
                details(LocalDateTime.of(2027, 3, 27, 9, 0), LocalDateTime.of(2027, 3, 27, 11, 0)), STAMP));

        Instant sundayStart = event(sunday).<ZonedDateTime>getDateTimeStart().getDate().toInstant();
        Instant sundayEnd = event(sunday).<ZonedDateTime>getDateTimeEnd().getDate().toInstant();
        Instant saturdayStart = event(saturday).<ZonedDateTime>getDateTimeStart().getDate().toInstant();

        assertThat(sundayStart).isEqualTo("2027-03-28T08:00:00Z");
        assertThat(sundayEnd).isEqualTo("2027-03-28T10:00:00Z");
        assertThat(saturdayStart).isEqualTo("2027-03-27T09:00:00Z");
        // The same offsets read straight from the STANDARD and DAYLIGHT in the file
        assertThat(offsetInFile(sunday, sundayStart)).isEqualTo(ZoneOffset.ofHours(1));
        assertThat(offsetInFile(saturday, saturdayStart)).isEqualTo(ZoneOffset.UTC);
    }

    @Test
    void the_timezone_holds_only_the_yearly_rules_in_force() throws Exception {
        VTimeZone london = parse(IcsInvitation.build(
                details(LocalDateTime.of(2027, 3, 28, 9, 0), LocalDateTime.of(2027, 3, 28, 11, 0)), STAMP))
                .<VTimeZone>getComponent(Component.VTIMEZONE).orElseThrow();

        // One STANDARD and one DAYLIGHT, each recurring yearly: what Outlook can read
        assertThat(london.getObservances()).extracting(Observance::getName)
                .containsExactlyInAnyOrder(Observance.STANDARD, Observance.DAYLIGHT);
        assertThat(london.getObservances()).allSatisfy(observance ->
                assertThat(observance.getRequiredProperty(Property.RRULE).getValue())
                        .startsWith("FREQ=YEARLY")
                        .doesNotContain("UNTIL"));
    }

    @Test
    void a_cancelled_invitation_says_so() throws Exception {
        InvitationDetails invited = details(LocalDateTime.of(2026, 12, 3, 14, 0), LocalDateTime.of(2026, 12, 3, 16, 0));
        InvitationDetails cancelled = new InvitationDetails(invited.uid(), invited.title(), invited.description(),
                invited.startsAt(), invited.endsAt(), invited.location(), invited.organiserName(),
                invited.organiserEmail(), invited.attendeeName(), invited.attendeeEmail(), 1, true);

        Calendar calendar = parse(IcsInvitation.build(cancelled, STAMP));
        VEvent event = event(calendar);

        assertThat(calendar.validate().getEntries()).isEmpty();
        assertThat(calendar.getMethod().getValue()).isEqualTo("CANCEL");
        assertThat(event.getRequiredProperty(Property.STATUS).getValue()).isEqualTo("CANCELLED");
        assertThat(event.getRequiredProperty(Property.UID).getValue()).isEqualTo(invited.uid());
        assertThat(Integer.parseInt(event.getRequiredProperty(Property.SEQUENCE).getValue()))
                .isGreaterThan(invited.sequence());
    }

    @Test
    void lines_end_in_crlf_and_long_ones_are_folded_at_75_octets() throws Exception {
        // Accented letters, pound signs and emoji take 2 to 4 octets each in UTF-8
        String description = "Café £5 entry. ".repeat(20) + "😀".repeat(30);
        byte[] ics = IcsInvitation.build(withDescription(description), STAMP);
        String text = new String(ics, StandardCharsets.UTF_8);

        assertThat(text).endsWith("\r\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\r", "\n");
        assertThat(text.split("\r\n")).allSatisfy(line ->
                assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        assertThat(text).contains("\r\n ");
        assertThat(event(parse(ics)).getRequiredProperty(Property.DESCRIPTION).getValue()).isEqualTo(description);
    }

    @Test
    void special_characters_are_escaped() throws Exception {
        InvitationDetails details = new InvitationDetails("uid-1", "Mock interviews, round 2; bring a CV",
                "Line one\r\nLine two; with a semicolon, a comma and a back\\slash\rLine three",
                LocalDateTime.of(2026, 12, 3, 14, 0), LocalDateTime.of(2026, 12, 3, 16, 0),
                "Town Hall, Room 3;\nside entrance", "Sam Patel", "engagement@anytown.example",
                "O'Brien, Jo", "jo@builders.example", 0, false);

        byte[] ics = IcsInvitation.build(details, STAMP);
        VEvent event = event(parse(ics));

        assertThat(new String(ics, StandardCharsets.UTF_8))
                .contains("SUMMARY:Mock interviews\\, round 2\\; bring a CV\r\n")
                .contains("LOCATION:Town Hall\\, Room 3\\;\\nside entrance\r\n");
        assertThat(event.getRequiredProperty(Property.SUMMARY).getValue()).isEqualTo(details.title());
        assertThat(event.getRequiredProperty(Property.DESCRIPTION).getValue())
                .isEqualTo("Line one\nLine two; with a semicolon, a comma and a back\\slash\nLine three");
        assertThat(event.getRequiredProperty(Property.LOCATION).getValue()).isEqualTo(details.location());
        assertThat(event.<Attendee>getRequiredProperty(Property.ATTENDEE).getRequiredParameter(Parameter.CN)
                .getValue()).isEqualTo("O'Brien, Jo");
    }

    @Test
    void timezone_definitions_are_never_fetched_over_the_network() {
        assertThat(Configurator.getProperty("net.fortuna.ical4j.timezone.update.enabled")).contains("false");
        assertThat(new TimeZoneUpdater().isEnabled()).isFalse();
    }

    private static InvitationDetails details(LocalDateTime startsAt, LocalDateTime endsAt) {
        return new InvitationDetails("mock-interviews-42@opendoors", "Mock interviews", "Practice for Year 13",
                startsAt, endsAt, "Anytown Library", "Sam Patel", "engagement@anytown.example", "Jo Brown",
                "jo@builders.example", 0, false);
    }

    private static InvitationDetails withDescription(String description) {
        InvitationDetails d = details(LocalDateTime.of(2026, 12, 3, 14, 0), LocalDateTime.of(2026, 12, 3, 16, 0));
        return new InvitationDetails(d.uid(), d.title(), description, d.startsAt(), d.endsAt(), d.location(),
                d.organiserName(), d.organiserEmail(), d.attendeeName(), d.attendeeEmail(), d.sequence(),
                d.cancelled());
    }

    private static Calendar parse(byte[] ics) throws IOException, ParserException {
        return new CalendarBuilder().build(new ByteArrayInputStream(ics));
    }

    private static VEvent event(Calendar calendar) {
        return calendar.<VEvent>getComponent(Component.VEVENT).orElseThrow();
    }

    /** The UTC offset the calendar's own VTIMEZONE gives at that instant. */
    private static ZoneOffset offsetInFile(Calendar calendar, Instant instant) {
        VTimeZone timezone = calendar.<VTimeZone>getComponent(Component.VTIMEZONE).orElseThrow();
        return timezone.getApplicableObservance(instant).<TzOffsetTo>getRequiredProperty(Property.TZOFFSETTO)
                .getOffset();
    }
}
