package org.opendoors.event;

import java.util.Arrays;
import java.util.List;
import org.opendoors.base.figures.FigureSource;
import org.opendoors.base.figures.FigureSpec;
import org.springframework.stereotype.Service;

/** Events and attendance as figures for strategy and insight, counted in SQL over the event module's own tables. */
@Service
public class EventFigures implements FigureSource {

    public static final String HELD = "events.held";
    public static final String ATTENDANCE = "events.attendance";

    @Override
    public List<FigureSpec> figures() {
        return List.of(
                FigureSpec.of(HELD, "Events held", "events")
                        .from("engagement_event e", "e.status = '" + EventStatus.PUBLISHED.name() + "'")
                        .date("e.starts_at").type("Event type", "e.event_type").records("events/manage").build(),
                FigureSpec.of(ATTENDANCE, "Event attendance (people who came)", "attendees")
                        .from("event_signup s join engagement_event e on e.id = s.event_id left join organisation o on o.id = s.organisation_id",
                                "s.attended = true and e.status = '" + EventStatus.PUBLISHED.name() + "'")
                        .date("e.starts_at").type("Event type", "e.event_type").records("events/manage")
                        .organisation("s.organisation_id", "o.organisation_type").area("o.area").sector("o.sector").build());
    }

    @Override
    public List<String> typeChoices(String key) {
        return Arrays.stream(EventType.values()).map(Enum::name).toList();
    }
}
