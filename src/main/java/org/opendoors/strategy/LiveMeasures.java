package org.opendoors.strategy;

import org.opendoors.base.ui.Formats;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opendoors.base.FieldValidationException;
import org.opendoors.base.figures.Bucket;
import org.opendoors.base.figures.Dimension;
import org.opendoors.base.figures.Figure;
import org.opendoors.base.figures.FigureEngine;
import org.opendoors.base.figures.FigureQuery;
import org.opendoors.base.figures.FigureSpec;
import org.opendoors.base.figures.OrganisationKind;
import org.opendoors.socialvalue.Grade;
import org.springframework.stereotype.Component;

/** Reads live success measures from the figures the modules publish, checks measure input, suggests grades. */
@Component
class LiveMeasures {

    static final int MAX_CHART_POINTS = 36;

    private final FigureEngine figures;

    LiveMeasures(FigureEngine figures) {
        this.figures = figures;
    }

    List<FigureSpec> catalogue() {
        return figures.catalogue();
    }

    List<String> typeChoices(String key) {
        return figures.typeChoices(key);
    }

    /** The measure on a date with the grade it suggests (which counts the figure on each past milestone's date too). */
    MeasureReading read(SuccessMeasure measure, LocalDate asOf) {
        return read(measure, asOf, true);
    }

    /** The measure's value on a date against its next milestone, without a suggested grade: one figure statement. */
    MeasureReading readValue(SuccessMeasure measure, LocalDate asOf) {
        return read(measure, asOf, false);
    }

    /** A live measure as a stored reading found it (no statement: the figure's label and unit are in the catalogue). */
    MeasureReading asRead(SuccessMeasure measure, StoredReading reading) {
        FigureSpec spec = figures.get(measure.getFigureKey());
        return new MeasureReading(measure.getId(), measure.getDescription(), true, spec.label(), spec.unit(), filters(measure),
                reading.figure(), reading.getAsOf(), reading.next(), reading.last(), measure.getMinAreas(), reading.suggested(),
                spec.recordsRoute());
    }

    private MeasureReading read(SuccessMeasure measure, LocalDate asOf, boolean suggest) {
        if (!measure.isLive()) {
            return new MeasureReading(measure.getId(), measure.getDescription(), false, measure.getDescription(), "", "", null, asOf,
                    null, null, null, null, null);
        }
        FigureSpec spec = figures.get(measure.getFigureKey());
        Map<LocalDate, Figure> memo = new HashMap<>();
        java.util.function.Function<LocalDate, Figure> figureOn =
                date -> memo.computeIfAbsent(date, d -> figures.count(spec, measure.queryAsOf(d)));
        List<MeasureDetails.Target> milestones = measure.details().milestones();
        MeasureDetails.Target next = milestones.stream().filter(m -> m.dueOn().isAfter(asOf)).findFirst().orElse(null);
        Grade suggested = !suggest ? null : GradeRule.suggest(milestones, measure.getBaseline(), measure.getCountsFrom(),
                measure.getMinAreas(), asOf, figureOn);
        return new MeasureReading(measure.getId(), measure.getDescription(), true, spec.label(), spec.unit(), filters(measure),
                figureOn.apply(asOf), asOf, next, milestones.isEmpty() ? null : milestones.getLast(), measure.getMinAreas(),
                suggested, spec.recordsRoute());
    }

    static String filters(SuccessMeasure m) {
        List<String> parts = new ArrayList<>();
        if (m.getType() != null) {
            parts.add(m.getType());
        }
        if (m.getOrganisationKind() != OrganisationKind.ANY) {
            parts.add(m.getOrganisationKind().label().toLowerCase(java.util.Locale.UK));
        }
        if (m.getSector() != null) {
            parts.add(m.getSector());
        }
        if (m.getArea() != null) {
            parts.add("in " + m.getArea());
        }
        if (m.getCountsFrom() != null) {
            parts.add("since " + Formats.longDate(m.getCountsFrom()));
        }
        return String.join("; ", parts);
    }

    /** The worst suggestion across a recommendation's live measures, or null when none has milestones. */
    static Grade suggestion(List<MeasureReading> readings) {
        Grade worst = null;
        for (MeasureReading reading : readings) {
            worst = GradeRule.worse(worst, reading.suggested());
        }
        return worst;
    }

    /** The measure month by month up to {@code until} against its milestones. */
    MeasureChart chart(SuccessMeasure measure, LocalDate until) {
        return chart(measure, series(measure, until), until);
    }

    /** The chart of points already counted up to {@code until} ({@link #series}). */
    MeasureChart chart(SuccessMeasure measure, List<MeasurePoint> points, LocalDate until) {
        return MeasureChart.of(measure, points, figures.get(measure.getFigureKey()).unit(), until);
    }

    /** The measure's value at the end of each month from its counting date to {@code until}, at most 36 points. */
    List<MeasurePoint> series(SuccessMeasure measure, LocalDate until) {
        if (!measure.isLive()) {
            return List.of();
        }
        FigureSpec spec = figures.get(measure.getFigureKey());
        LocalDate start = measure.getCountsFrom() == null ? until.minusMonths(MAX_CHART_POINTS - 1) : measure.getCountsFrom();
        YearMonth first = YearMonth.from(start);
        YearMonth last = YearMonth.from(until);
        long months = first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1;
        int step = (int) Math.max(1, (months + MAX_CHART_POINTS - 1) / MAX_CHART_POINTS);
        List<MeasurePoint> points = new ArrayList<>();
        if (spec.aggregate() == FigureSpec.Aggregate.DISTINCT_ORGANISATIONS) {
            for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(step)) {
                LocalDate end = min(month.atEndOfMonth(), until);
                points.add(new MeasurePoint(end, figures.count(spec, measure.queryAsOf(end)).value()));
            }
            return points;
        }
        Map<String, BigDecimal> byMonth = new HashMap<>();
        for (Bucket bucket : figures.breakdown(spec, measure.queryAsOf(until), Dimension.MONTH)) {
            byMonth.put(bucket.key(), bucket.value());
        }
        BigDecimal running = BigDecimal.ZERO;
        int index = 0;
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1), index++) {
            running = running.add(byMonth.getOrDefault(month.toString(), BigDecimal.ZERO));
            if (index % step == 0 || month.equals(last)) {
                points.add(new MeasurePoint(min(month.atEndOfMonth(), until), running));
            }
        }
        return points;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /** Refuses a measure the form should not save, naming the field. */
    MeasureDetails check(MeasureDetails d, LocalDate planAgreedOn) {
        String description = trim(d.description());
        if (description == null) {
            throw new FieldValidationException("description", "Describe the success measure as the plan words it");
        }
        if (description.length() > SuccessMeasure.DESCRIPTION_MAX_LENGTH) {
            throw new FieldValidationException("description", "Use " + SuccessMeasure.DESCRIPTION_MAX_LENGTH + " characters or fewer");
        }
        if (d.figureKey() == null) {
            return new MeasureDetails(description, null, null, null, null, OrganisationKind.ANY, null, null, null, List.of());
        }
        FigureSpec spec = figures.find(d.figureKey())
                .orElseThrow(() -> new FieldValidationException("figure", "Choose a figure from the list"));
        String area = trim(d.area());
        String sector = trim(d.sector());
        String type = trim(d.type());
        OrganisationKind kind = d.organisationKind() == null ? OrganisationKind.ANY : d.organisationKind();
        if (area != null && !spec.hasArea()) {
            throw new FieldValidationException("area", spec.label() + " are not recorded by area: leave the area empty");
        }
        if (sector != null && !spec.hasSector()) {
            throw new FieldValidationException("sector", spec.label() + " are not recorded by sector: leave the sector empty");
        }
        if (type != null && !spec.hasType()) {
            throw new FieldValidationException("type", spec.label() + " have no type to choose: leave the type empty");
        }
        if (kind != OrganisationKind.ANY && !spec.hasOrganisationType()) {
            throw new FieldValidationException("organisationKind", spec.label() + " do not belong to organisations: choose any organisation");
        }
        LocalDate countsFrom = d.countsFrom() == null ? planAgreedOn : d.countsFrom();
        if (d.baseline() != null && d.baseline().signum() < 0) {
            throw new FieldValidationException("baseline", "The baseline cannot be below zero");
        }
        Integer minAreas = d.minAreas();
        if (minAreas != null) {
            if (minAreas < 1) {
                throw new FieldValidationException("minAreas", "Enter a number of areas of 1 or more, or leave it empty");
            }
            if (!spec.hasArea()) {
                throw new FieldValidationException("minAreas", spec.label() + " are not recorded by area, so a breadth condition "
                        + "cannot be counted: leave it empty");
            }
            if (area != null && minAreas > 1) {
                throw new FieldValidationException("minAreas", "Counting across " + minAreas + " areas needs records from every area: "
                        + "remove the area filter or the breadth condition");
            }
        }
        List<MeasureDetails.Target> milestones = new ArrayList<>();
        for (int i = 0; i < d.milestones().size(); i++) {
            MeasureDetails.Target t = d.milestones().get(i);
            if (t.dueOn() == null && t.target() == null) {
                continue;
            }
            if (t.dueOn() == null) {
                throw new FieldValidationException("milestoneDate-" + i, "Enter the date this target is due by");
            }
            if (t.target() == null) {
                throw new FieldValidationException("milestoneTarget-" + i, "Enter the target due by this date");
            }
            if (t.target().signum() < 0) {
                throw new FieldValidationException("milestoneTarget-" + i, "A target cannot be below zero");
            }
            if (!milestones.isEmpty() && !t.dueOn().isAfter(milestones.getLast().dueOn())) {
                throw new FieldValidationException("milestoneDate-" + i, "Milestones must be in date order: this date must be after "
                        + Formats.longDate(milestones.getLast().dueOn()));
            }
            if (countsFrom != null && !t.dueOn().isAfter(countsFrom)) {
                throw new FieldValidationException("milestoneDate-" + i, "A milestone must be after the date counting starts ("
                        + Formats.longDate(countsFrom) + ")");
            }
            milestones.add(t);
        }
        MeasureDetails checked = new MeasureDetails(description, spec.key(), area, sector, type, kind, countsFrom, d.baseline(),
                minAreas, milestones);
        boolean filtered = area != null || sector != null || type != null || kind != OrganisationKind.ANY;
        if (filtered && !figures.anyMatch(spec, new FigureQuery(null, null, area, sector, type, kind))) {
            throw new FieldValidationException(type != null ? "type" : area != null ? "area" : sector != null ? "sector" : "organisationKind",
                    "No records in Open Doors match these filters, so this measure would always be 0: check the filters");
        }
        return checked;
    }

    private static String trim(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
