package org.opendoors.strategy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.opendoors.base.figures.OrganisationKind;

/**
 * What the measure form edits. A null {@code figureKey} is a narrative measure; milestones are in the order typed
 * (rows left empty are dropped by the form).
 */
public record MeasureDetails(String description, String figureKey, String area, String sector, String type,
                             OrganisationKind organisationKind, LocalDate countsFrom, BigDecimal baseline, Integer minAreas,
                             List<Target> milestones) {

    public record Target(LocalDate dueOn, BigDecimal target) {
    }
}
