package org.opendoors.pledge.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import java.util.List;
import org.opendoors.base.ui.Formats;
import org.opendoors.pledge.PledgeTransition;

/** The pledge's life so far: each step, when, and who took it. */
class PledgeHistory extends Div {

    PledgeHistory(List<PledgeTransition> transitions) {
        OrderedList list = new OrderedList();
        for (PledgeTransition t : transitions) {
            list.add(new ListItem(Formats.dateTime(t.getHappenedAt()) + ": " + t.getToStatus().label()
                    + " by " + t.getActor() + (t.getNote() == null ? "" : " – " + t.getNote())));
        }
        add(new H2("History"), list);
    }
}
