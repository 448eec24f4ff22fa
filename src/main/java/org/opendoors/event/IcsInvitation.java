package org.opendoors.event;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import org.opendoors.base.TimeConfiguration;

/**
 * Builds an RFC 5545 invitation with ical4j. Times carry TZID=Europe/London with the zone's VTIMEZONE rather
 * than UTC, so calendar apps show the UK time people signed up for, on either side of a clock change.
 * The zone comes from ical4j's bundled zoneinfo (updates from the internet are off in ical4j.properties).
 */
final class IcsInvitation {

    static final String PROD_ID = "-//Open Doors//Engagement events//EN";
    private static final VTimeZone LONDON = londonTimeZone();

    private IcsInvitation() {
    }

    static byte[] build(InvitationDetails d, Instant stamp) {
        ZonedDateTime start = d.startsAt().atZone(TimeConfiguration.LONDON);
        ZonedDateTime end = d.endsAt().atZone(TimeConfiguration.LONDON);
        VEvent event = new VEvent(start, end, d.title());
        event.add(new Uid(d.uid()));
        event.replace(new DtStamp(stamp)); // the constructor stamps "now"; ours comes from the application clock
        event.add(new Sequence(d.sequence()));
        event.add(d.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        if (d.description() != null) {
            event.add(new Description(d.description()));
        }
        if (d.location() != null) {
            event.add(new Location(d.location()));
        }
        event.add(new Organizer(new ParameterList(java.util.List.of(new Cn(d.organiserName()))), mailto(d.organiserEmail())));
        event.add(new Attendee(new ParameterList(java.util.List.of(new Cn(d.attendeeName()), Role.REQ_PARTICIPANT,
                PartStat.NEEDS_ACTION, Rsvp.FALSE)), mailto(d.attendeeEmail())));
        Calendar calendar = new Calendar().withProdId(PROD_ID).withDefaults()
                .withProperty(ImmutableCalScale.GREGORIAN)
                .withProperty(d.cancelled() ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST)
                .withComponent(LONDON)
                .withComponent(event)
                .getFluentTarget();
        StringWriter ics = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, ics);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ics.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static URI mailto(String email) {
        return URI.create("mailto:" + email);
    }

    private static VTimeZone londonTimeZone() {
        TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
        return registry.getTimeZone(TimeConfiguration.LONDON.getId()).getVTimeZone();
    }
}
