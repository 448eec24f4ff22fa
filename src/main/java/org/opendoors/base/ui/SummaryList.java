package org.opendoors.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;

/** A GOV.UK-style summary list: terms and what they are, as a description list. */
public class SummaryList extends Div {

    private final Element list = new Element("dl");

    public SummaryList() {
        list.getClassList().add("summary-list");
        getElement().appendChild(list);
    }

    public SummaryList row(String term, String description) {
        list.appendChild(new Element("dt").setText(term), new Element("dd").setText(description == null ? "" : description));
        return this;
    }
}
