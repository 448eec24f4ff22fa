package org.opendoors.strategy;

import org.opendoors.base.ui.Formats;

import java.time.LocalDate;
import org.opendoors.base.figures.Figure;
import org.opendoors.socialvalue.Grade;

/**
 * A success measure read on a date: for a live one, the figure Open Doors counts, the next milestone and the grade it
 * suggests; for a narrative one, only its words.
 */
public record MeasureReading(long measureId, String description, boolean live, String figureLabel, String unit, String filters,
                             Figure figure, LocalDate asOf, MeasureDetails.Target next, MeasureDetails.Target last,
                             Integer minAreas, Grade suggested, String recordsRoute) {


    /** "Placements started (Apprenticeship; external employers)" */
    public String name() {
        return figureLabel + (filters.isEmpty() ? "" : " (" + filters + ")");
    }

    /** "4 placements across 3 areas" */
    public String value() {
        if (!live) {
            return "";
        }
        return figure.plain() + " " + unit + (minAreas == null ? "" : ", across " + figure.areas() + " area" + (figure.areas() == 1 ? "" : "s"));
    }

    /** "the next milestone is 5 by 30 April 2025 (and across at least 4 areas)", or that the last was reached. */
    public String target() {
        if (!live) {
            return "";
        }
        String breadth = minAreas == null ? "" : " across at least " + minAreas + " areas";
        if (next != null) {
            return "next milestone " + plain(next) + " by " + Formats.longDate(next.dueOn()) + breadth;
        }
        return last == null ? "no milestones" : "last milestone " + plain(last) + " by " + Formats.longDate(last.dueOn()) + breadth;
    }

    /** One line for a progress update: "Placements started (Apprenticeship): 4 placements; next milestone 5 by …". */
    public String line() {
        return name() + ": " + value() + "; " + target() + ".";
    }

    private static String plain(MeasureDetails.Target target) {
        return target.target().stripTrailingZeros().toPlainString();
    }
}
