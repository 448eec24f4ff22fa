package org.opendoors.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.Test;

/** The invitation parses back as valid RFC 5545, with the right instants on both sides of a clock change. */
class IcsInvitationTest {

    private static final Instant STAMP = Instant.parse("2027-03-01T12:00:00Z");

    @Test
    void an_invitation_parses_back_with_uid_stamp_and_london_times() throws Exception {
        Calendar calendar = parse(invitation(LocalDateTime.of(2027, 6, 10, 9, 30), false));
        calendar.validate();
        VEvent event = calendar.<VEvent>getComponent("VEVENT").orElseThrow();
        assertThat(value(event, Property.UID)).isEqualTo("event-1-signup-2@opendoors");
        assertThat(value(event, Property.DTSTAMP)).isEqualTo("20270301T120000Z");
        DtStart<?> start = event.<DtStart<?>>getProperty(Property.DTSTART).orElseThrow();
        assertThat(start.getParameter("TZID").orElseThrow().getValue()).isEqualTo("Europe/London");
        assertThat(start.getValue()).isEqualTo("20270610T093000");
        assertThat(value(event, Property.ORGANIZER)).isEqualTo("mailto:no-reply@opendoors.local");
        assertThat(value(event, Property.ATTENDEE)).isEqualTo("mailto:ada@example.org");
        assertThat(calendar.getComponent("VTIMEZONE")).isPresent();
        assertThat(new String(invitation(LocalDateTime.of(2027, 6, 10, 9, 30), false), StandardCharsets.UTF_8))
                .contains("METHOD:REQUEST").contains("\r\n");
    }

    @Test
    void times_are_right_across_the_clock_change_on_the_last_sunday_of_march() throws Exception {
        // 28 March 2027: clocks go forward at 01:00 GMT, so 09:00 in London is 08:00 UTC; the day before it is 09:00 UTC
        assertThat(startInstant(LocalDateTime.of(2027, 3, 28, 9, 0))).isEqualTo(Instant.parse("2027-03-28T08:00:00Z"));
        assertThat(startInstant(LocalDateTime.of(2027, 3, 27, 9, 0))).isEqualTo(Instant.parse("2027-03-27T09:00:00Z"));
    }

    @Test
    void a_cancelled_invitation_says_so() throws Exception {
        Calendar calendar = parse(invitation(LocalDateTime.of(2027, 6, 10, 9, 30), true));
        assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("CANCEL");
        VEvent event = calendar.<VEvent>getComponent("VEVENT").orElseThrow();
        assertThat(value(event, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(value(event, Property.SEQUENCE)).isEqualTo("1");
    }

    private static Instant startInstant(LocalDateTime start) throws Exception {
        VEvent event = parse(invitation(start, false)).<VEvent>getComponent("VEVENT").orElseThrow();
        DtStart<?> dtStart = event.<DtStart<?>>getProperty(Property.DTSTART).orElseThrow();
        return ((ZonedDateTime) dtStart.getDate()).toInstant();
    }

    private static byte[] invitation(LocalDateTime start, boolean cancelled) {
        return IcsInvitation.build(new InvitationDetails("event-1-signup-2@opendoors", "Pledge breakfast, with tea; and toast",
                "Line one\nLine two", start, start.plusHours(2), "Civic Centre, Victoria Avenue", "Open Doors",
                "no-reply@opendoors.local", "Ada", "ada@example.org", cancelled ? 1 : 0, cancelled), STAMP);
    }

    private static Calendar parse(byte[] ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(new String(ics, StandardCharsets.UTF_8)));
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).orElseThrow().getValue();
    }
}
