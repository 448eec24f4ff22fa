package org.opendoors.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;

/**
 * A figure shown large with what it counts beneath it, inside a {@code headline-figures} row. With a link, the whole
 * tile is one link whose text reads "12 pledges to approve", so a screen reader hears the number and its meaning.
 */
public class FigureTile extends Div {

    public FigureTile(String value, String label) {
        getElement().appendChild(new Element("strong").setText(value));
        add(new Span(label));
    }

    public FigureTile(String value, String label, String href) {
        Anchor link = new Anchor(href);
        link.getElement().appendChild(new Element("strong").setText(value));
        link.add(new Span(label));
        add(link);
    }
}
