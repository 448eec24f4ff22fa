package org.opendoors.base.figures;

import java.time.LocalDate;

/**
 * Which records count: dated from {@code from} (inclusive, or since the beginning when null) to {@code to}
 * (inclusive), optionally only in an area or sector, of a type, of the council's own organisations or external ones.
 */
public record FigureQuery(LocalDate from, LocalDate to, String area, String sector, String type, OrganisationKind kind) {

    public static FigureQuery between(LocalDate from, LocalDate to) {
        return new FigureQuery(from, to, null, null, null, OrganisationKind.ANY);
    }

    public FigureQuery withTo(LocalDate newTo) {
        return new FigureQuery(from, newTo, area, sector, type, kind);
    }

    public FigureQuery withFrom(LocalDate newFrom) {
        return new FigureQuery(newFrom, to, area, sector, type, kind);
    }
}
