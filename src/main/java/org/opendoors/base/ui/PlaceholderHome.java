package org.opendoors.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

/** A role's home view until its capability lands: says who it is for and what is coming. */
public abstract class PlaceholderHome extends Div {

    protected PlaceholderHome(String heading, String intro, String... comingSoon) {
        add(new H1(heading), new Paragraph(intro));
        if (comingSoon.length > 0) {
            add(new Paragraph("Coming to this page:"));
            UnorderedList list = new UnorderedList();
            for (String item : comingSoon) {
                list.add(new ListItem(item));
            }
            add(list);
        }
    }
}
