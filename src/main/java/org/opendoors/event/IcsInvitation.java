package org.opendoors.event;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * An iCalendar (RFC 5545) invitation to an engagement event, as the bytes of a {@code .ics} attachment.
 *
 * <p>Start and end are UK local times with {@code TZID=Europe/London}, and the calendar carries the matching
 * {@code VTIMEZONE}, rather than UTC instants. The event stays a 09:00 London event in the recipient's
 * calendar: it shows at 09:00 whichever side of a clock change it falls, and if they move it across one it
 * stays at 09:00 instead of slipping an hour. The {@code VTIMEZONE} tells apps that do not go by the zone's
 * name (Outlook among them) when the clocks change.
 *
 * <p>Offline and quick: the {@code VTIMEZONE} comes from the definitions bundled in the ical4j jar, loaded
 * once, and {@code ical4j.properties} switches off ical4j's fetching of newer ones over the network.
 */
final class IcsInvitation {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** Made with the class, so once and thread-safely; only ever read afterwards. */
    private static final VTimeZone LONDON_VTIMEZONE = londonRulesInForce();

    /** RFC 5545 §3.1: a content line longer than this is folded. */
    private static final int MAX_LINE_OCTETS = 75;

    private IcsInvitation() {
    }

    /** The invitation, or its cancellation, as UTF-8; {@code stamp} is when it was made (DTSTAMP). */
    public static byte[] build(InvitationDetails d, Instant stamp) {
        // VEvent(false): the no-argument constructor would add a DTSTAMP of its own, set to now
        VEvent event = new VEvent(false)
                .add(new Uid(d.uid()))
                .add(new DtStamp(stamp))
                .add(new DtStart<>(d.startsAt().atZone(LONDON)))
                .add(new DtEnd<>(d.endsAt().atZone(LONDON)))
                .add(new Summary(text(d.title())));
        if (d.description() != null) {
            event.add(new Description(text(d.description())));
        }
        if (d.location() != null) {
            event.add(new Location(text(d.location())));
        }
        event.add(new Organizer(parameters(d.organiserName()), mailto(d.organiserEmail())))
                .add(new Attendee(parameters(d.attendeeName(), Role.REQ_PARTICIPANT, PartStat.NEEDS_ACTION,
                        Rsvp.FALSE), mailto(d.attendeeEmail())))
                .add(new Sequence(d.sequence()))
                .add(d.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);

        Calendar calendar = new Calendar()
                .add(new ProdId("-//Open Doors//Engagement events//EN"))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN)
                .add(d.cancelled() ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST);
        calendar.add(LONDON_VTIMEZONE).add(event);
        return fold(calendar.toString()).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Europe/London as ical4j bundles it, cut down to the yearly rules in force now (no UNTIL): clocks go
     * forward on the last Sunday of March and back on the last Sunday of October. The bundled definition
     * carries every change since 1847; Outlook reduces a VTIMEZONE to one yearly pair of changes and is
     * known to mis-read long histories, so send only the pair, as Outlook and Google do themselves.
     */
    private static VTimeZone londonRulesInForce() {
        VTimeZone bundled = TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(LONDON.getId())
                .getVTimeZone();
        List<Observance> inForce = bundled.getObservances().stream()
                .filter(observance -> observance.<RRule<?>>getProperty(Property.RRULE)
                        .map(rule -> rule.getRecur().getUntil() == null)
                        .orElse(false))
                .toList();
        return new VTimeZone(new PropertyList(List.of(new TzId(LONDON.getId()))), new ComponentList<>(inForce));
    }

    private static ParameterList parameters(String name, Parameter... more) {
        List<Parameter> parameters = new ArrayList<>();
        if (name != null) {
            parameters.add(new Cn(name));
        }
        parameters.addAll(List.of(more));
        return new ParameterList(parameters);
    }

    private static URI mailto(String email) {
        return URI.create("mailto:" + email);
    }

    /** ical4j escapes line feeds (and CRLF) but writes a lone carriage return as it is, breaking the line. */
    private static String text(String value) {
        return value.replace("\r\n", "\n").replace('\r', '\n');
    }

    /**
     * Folds each CRLF-ended content line at 75 octets of UTF-8 (RFC 5545 §3.1), never inside a character.
     * ical4j's own folding (CalendarOutputter) counts characters, so a line of accented text or emoji runs
     * past 75 octets; {@code Calendar.toString()} gives the lines unfolded.
     */
    private static String fold(String unfolded) {
        StringBuilder folded = new StringBuilder(unfolded.length() + unfolded.length() / 32);
        for (String line : unfolded.split("\r\n")) {
            int octets = 0;
            for (int codePoint : line.codePoints().toArray()) {
                int size = utf8Length(codePoint);
                if (octets + size > MAX_LINE_OCTETS) {
                    folded.append("\r\n ");
                    octets = 1;
                }
                folded.appendCodePoint(codePoint);
                octets += size;
            }
            folded.append("\r\n");
        }
        return folded.toString();
    }

    private static int utf8Length(int codePoint) {
        return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    }
}
