package org.opendoors.base.figures;

import java.util.List;

/**
 * A figure Open Doors can count from its own records, defined by the module that owns the records as SQL over its
 * own tables (so no other module reads those tables). Each row of {@code from … where …} is one thing counted: its
 * date, its value (1 for a count), the organisation it belongs to and the area, sector and type it can be filtered and
 * broken down by. A spec made of {@link #parts} counts the distinct organisations across all parts (e.g. employers
 * engaged: an approved pledge or an offer). A spec with a {@link MonthlyRollup} reads whole months from the owning
 * module's totals by month, and only the days of a part month from the rows.
 *
 * @param key            stable identifier stored by success measures, e.g. {@code placements.started}
 * @param label          what it counts, in plain English, e.g. "Placements started"
 * @param unit           what one is called, plural, e.g. "placements"
 * @param aggregate      how rows become the figure
 * @param youngPeople    whether it counts young people (suppressed below 5 on the public page)
 * @param recordsRoute   where staff see the records behind it, or null
 * @param typeLabel      what the type filter means for this figure (e.g. "Offer type"), or null when there is none
 */
public record FigureSpec(String key, String label, String unit, Aggregate aggregate, boolean youngPeople, String recordsRoute,
                         String typeLabel, String from, String where, String date, String value, String organisation,
                         String area, String sector, String type, String organisationType, MonthlyRollup monthly,
                         List<String> partKeys, List<FigureSpec> parts) {

    public enum Aggregate { COUNT, SUM, DISTINCT_ORGANISATIONS }

    /**
     * A spec's {@code where} may use {@code :asOf}, the day after the period asked for (far in the future when it is
     * open), for rows whose meaning depends on what was known by then (e.g. a contract's latest grade as of then).
     */
    public static final String AS_OF = "asOf";

    /**
     * The same rows totalled by month in a table the owning module keeps exact (e.g. with triggers): {@code month} is
     * the first day of the month, {@code value} the month's total, and the filter columns mean what they mean for the
     * rows. It has no organisation, so a query about the council's own or external organisations counts the rows.
     */
    public record MonthlyRollup(String from, String where, String month, String value, String area, String sector, String type) {
    }

    public static Builder of(String key, String label, String unit) {
        return new Builder(key, label, unit);
    }

    /**
     * The organisations of the figure {@code organisationsKey} (filtered by their own area, sector and type) that have a
     * row dated in the period in any of the figures {@code partKeys} (possibly published by other modules). Counted with
     * one index probe per organisation and part, however many rows the parts have.
     */
    public static FigureSpec distinctOrganisations(String key, String label, String unit, String recordsRoute, String organisationsKey,
                                                   String... partKeys) {
        List<String> keys = new java.util.ArrayList<>();
        keys.add(organisationsKey);
        keys.addAll(List.of(partKeys));
        return new FigureSpec(key, label, unit, Aggregate.DISTINCT_ORGANISATIONS, false, recordsRoute, null, null, null, null,
                null, null, null, null, null, null, null, List.copyOf(keys), List.of());
    }

    /** For a composite: the organisations figure it counts over. */
    public FigureSpec organisations() {
        return parts.getFirst();
    }

    /** For a composite: the figures an organisation needs a row in. */
    public List<FigureSpec> activities() {
        return parts.subList(1, parts.size());
    }

    /** This composite with its parts resolved. */
    FigureSpec withParts(List<FigureSpec> resolved) {
        return new FigureSpec(key, label, unit, aggregate, youngPeople, recordsRoute, typeLabel, from, where, date, value,
                organisation, area, sector, type, organisationType, monthly, partKeys, List.copyOf(resolved));
    }

    public boolean hasArea() {
        return parts.isEmpty() ? area != null : organisations().hasArea();
    }

    public boolean hasSector() {
        return parts.isEmpty() ? sector != null : organisations().hasSector();
    }

    public boolean hasType() {
        return parts.isEmpty() && type != null;
    }

    public boolean hasOrganisationType() {
        return parts.isEmpty() ? organisationType != null : organisations().hasOrganisationType();
    }

    /** The spec's SQL pieces, set one at a time. */
    public static final class Builder {
        private final String key;
        private final String label;
        private final String unit;
        private Aggregate aggregate = Aggregate.COUNT;
        private boolean youngPeople;
        private String recordsRoute;
        private String typeLabel;
        private String from;
        private String where = "1 = 1";
        private String date;
        private String value = "1";
        private String organisation;
        private String area;
        private String sector;
        private String type;
        private String organisationType;
        private MonthlyRollup monthly;

        private Builder(String key, String label, String unit) {
            this.key = key;
            this.label = label;
            this.unit = unit;
        }

        public Builder from(String from, String where) {
            this.from = from;
            this.where = where;
            return this;
        }

        public Builder date(String date) {
            this.date = date;
            return this;
        }

        public Builder sum(String value) {
            this.aggregate = Aggregate.SUM;
            this.value = value;
            return this;
        }

        public Builder distinctOrganisations() {
            this.aggregate = Aggregate.DISTINCT_ORGANISATIONS;
            return this;
        }

        public Builder youngPeople() {
            this.youngPeople = true;
            return this;
        }

        public Builder records(String route) {
            this.recordsRoute = route;
            return this;
        }

        public Builder organisation(String organisation, String organisationType) {
            this.organisation = organisation;
            this.organisationType = organisationType;
            return this;
        }

        public Builder area(String area) {
            this.area = area;
            return this;
        }

        public Builder sector(String sector) {
            this.sector = sector;
            return this;
        }

        public Builder type(String typeLabel, String type) {
            this.typeLabel = typeLabel;
            this.type = type;
            return this;
        }

        public Builder monthly(MonthlyRollup rollup) {
            this.monthly = rollup;
            return this;
        }

        public FigureSpec build() {
            if (from == null || date == null) {
                throw new IllegalStateException(key + " needs from and date");
            }
            return new FigureSpec(key, label, unit, aggregate, youngPeople, recordsRoute, typeLabel, from, where, date, value,
                    organisation, area, sector, type, organisationType, monthly, List.of(), List.of());
        }
    }
}
