package org.opendoors.strategy;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.envers.Audited;
import org.opendoors.base.AbstractEntity;
import org.opendoors.base.figures.FigureQuery;
import org.opendoors.base.figures.OrganisationKind;

/**
 * How a recommendation's success is judged: in words only (narrative), or live — a figure Open Doors counts, with
 * filters, counted from a date, a baseline, dated milestone targets and optionally "across at least N areas".
 */
@Entity
@Table(name = "success_measure")
@Audited
public class SuccessMeasure extends AbstractEntity {

    public static final int DESCRIPTION_MAX_LENGTH = 2000;

    @Column(name = "recommendation_id", nullable = false)
    private long recommendationId;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "description", nullable = false, length = DESCRIPTION_MAX_LENGTH)
    private String description;

    @Column(name = "figure_key", length = 60)
    private String figureKey;

    @Column(name = "filter_area", length = 100)
    private String area;

    @Column(name = "filter_sector", length = 100)
    private String sector;

    @Column(name = "filter_type", length = 150)
    private String type;

    @Enumerated(EnumType.STRING)
    @Column(name = "organisation_kind", nullable = false, length = 20)
    private OrganisationKind organisationKind = OrganisationKind.ANY;

    @Column(name = "counts_from")
    private LocalDate countsFrom;

    @Column(name = "baseline", precision = 12, scale = 2)
    private BigDecimal baseline;

    @Column(name = "min_areas")
    private Integer minAreas;

    @OneToMany(mappedBy = "measure", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("dueOn")
    private List<Milestone> milestones = new ArrayList<>();

    protected SuccessMeasure() {
    }

    SuccessMeasure(long recommendationId, int position, MeasureDetails details) {
        this.recommendationId = recommendationId;
        this.position = position;
        update(details);
    }

    void update(MeasureDetails d) {
        this.description = d.description();
        this.figureKey = d.figureKey();
        this.area = d.area();
        this.sector = d.sector();
        this.type = d.type();
        this.organisationKind = d.organisationKind() == null ? OrganisationKind.ANY : d.organisationKind();
        this.countsFrom = d.countsFrom();
        this.baseline = d.baseline();
        this.minAreas = d.minAreas();
        milestones.clear();
        for (MeasureDetails.Target target : d.milestones()) {
            milestones.add(new Milestone(this, target.dueOn(), target.target()));
        }
    }

    public boolean isLive() {
        return figureKey != null;
    }

    public long getRecommendationId() {
        return recommendationId;
    }

    public int getPosition() {
        return position;
    }

    public String getDescription() {
        return description;
    }

    public String getFigureKey() {
        return figureKey;
    }

    public String getArea() {
        return area;
    }

    public String getSector() {
        return sector;
    }

    public String getType() {
        return type;
    }

    public OrganisationKind getOrganisationKind() {
        return organisationKind;
    }

    public LocalDate getCountsFrom() {
        return countsFrom;
    }

    public BigDecimal getBaseline() {
        return baseline;
    }

    public Integer getMinAreas() {
        return minAreas;
    }

    public List<Milestone> getMilestones() {
        return milestones;
    }

    /** The records that count, up to and including a date. */
    public FigureQuery queryAsOf(LocalDate asOf) {
        return new FigureQuery(countsFrom, asOf, area, sector, type, organisationKind);
    }

    public MeasureDetails details() {
        return new MeasureDetails(description, figureKey, area, sector, type, organisationKind, countsFrom, baseline, minAreas,
                milestones.stream().map(m -> new MeasureDetails.Target(m.getDueOn(), m.getTarget())).toList());
    }
}
