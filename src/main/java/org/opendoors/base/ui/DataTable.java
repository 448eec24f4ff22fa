package org.opendoors.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import java.util.List;

/** A small, plain HTML table with a caption and column headers, for a few rows of text (not for paged data: use a grid). */
public class DataTable extends Div {

    private final Element body = new Element("tbody");

    public DataTable(String caption, String... columns) {
        Element table = new Element("table");
        table.getClassList().add("data-table");
        table.appendChild(new Element("caption").setText(caption));
        Element head = new Element("tr");
        for (String column : columns) {
            head.appendChild(new Element("th").setAttribute("scope", "col").setText(column));
        }
        table.appendChild(new Element("thead").appendChild(head), body);
        getElement().appendChild(table);
    }

    public DataTable row(String... cells) {
        Element row = new Element("tr");
        for (String cell : cells) {
            row.appendChild(new Element("td").setText(cell == null ? "" : cell));
        }
        body.appendChild(row);
        return this;
    }

    /** The rows' cell texts, in order (what a reader or a test sees). */
    public List<List<String>> rows() {
        return body.getChildren().map(row -> row.getChildren().map(Element::getText).toList()).toList();
    }
}
