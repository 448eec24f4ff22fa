package org.opendoors.event.ui;

import org.opendoors.base.ui.Formats;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Locale;
import org.opendoors.base.ui.PublicLayout;
import org.opendoors.event.EngagementEvent;
import org.opendoors.event.EventService;
import org.springframework.data.domain.PageRequest;

/** Upcoming events anyone can sign up for. */
@Route(value = "events", layout = PublicLayout.class, autoLayout = false)
@PageTitle("Events – Open Doors")
@AnonymousAllowed
class EventListView extends Div {

    private static final int SHOWN = 50;

    EventListView(EventService events) {
        add(new H1("Events"), new Paragraph("Pledge breakfasts, insight sessions, careers fairs and more, for local employers "
                + "and leaving-care personal advisers."));
        List<EngagementEvent> upcoming = events.upcoming(PageRequest.of(0, SHOWN));
        if (upcoming.isEmpty()) {
            add(new Paragraph("There are no events planned at the moment. Please check again soon."));
        }
        for (EngagementEvent event : upcoming) {
            Div card = new Div(new H2(new Anchor("events/" + event.getId(), event.getTitle())),
                    new Paragraph(event.getType().label() + " · " + Formats.dayAndTime(event.getStartsAt()) + " to "
                            + Formats.time(event.getEndsAt()) + " · " + event.where() + " · for " + event.getAudience().label().toLowerCase(Locale.UK)));
            card.addClassName("event-card");
            add(card);
        }
    }
}
