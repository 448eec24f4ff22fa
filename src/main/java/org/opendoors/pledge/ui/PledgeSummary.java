package org.opendoors.pledge.ui;

import org.opendoors.base.ui.Formats;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import org.opendoors.pledge.Pledge;
import org.opendoors.pledge.PledgeCommitment;

/** A pledge's commitments and dates as a GOV.UK-style summary list. */
class PledgeSummary extends Div {


    PledgeSummary(Pledge pledge) {
        Element list = new Element("dl");
        list.getClassList().add("summary-list");
        for (PledgeCommitment chosen : pledge.getCommitments()) {
            list.appendChild(new Element("dt").setText(chosen.getCommitment().getTitle()),
                    new Element("dd").setText((chosen.getYearlyQuantity() == null ? "No number given"
                            : chosen.getYearlyQuantity() + " a year") + (chosen.getNote() == null ? "" : ". " + chosen.getNote())));
        }
        list.appendChild(new Element("dt").setText("Start date"),
                new Element("dd").setText(pledge.getStartDate() == null ? "Not given" : Formats.longDate(pledge.getStartDate())));
        getElement().appendChild(list);
    }
}
