package org.opendoors.brokerage;

import java.util.List;
import org.opendoors.base.figures.FigureSource;
import org.opendoors.base.figures.FigureSpec;
import org.opendoors.offer.OfferTypeService;
import org.springframework.stereotype.Service;

/**
 * Placements and sustainment checks as figures for strategy and insight: counted in SQL over brokerage's own
 * tables, with the employer's area and sector (the offer's where there is one) and the type of opportunity.
 */
@Service
public class PlacementFigures implements FigureSource {

    public static final String STARTED = "placements.started";
    public static final String PROGRESSED = "placements.progressed";

    // left joins on primary keys, so MariaDB drops the tables a query does not use (table elimination)
    private static final String JOINS = " left join organisation o on o.id = p.organisation_id"
            + " left join offer_type t on t.id = p.offer_type_id left join offer f on f.id = p.offer_id";
    private static final String PLACEMENT = "placement p" + JOINS;

    private final OfferTypeService types;

    PlacementFigures(OfferTypeService types) {
        this.types = types;
    }

    @Override
    public List<FigureSpec> figures() {
        return List.of(
                placements(FigureSpec.of(STARTED, "Placements started", "placements")
                        .from(PLACEMENT, "1 = 1").date("p.start_date")),
                sustained(13), sustained(26), sustained(52),
                placements(FigureSpec.of(PROGRESSED, "Placements that led to a job, apprenticeship or education", "placements")
                        .from(PLACEMENT, "p.outcome like 'PROGRESSED%'").date("p.outcome_on")));
    }

    private FigureSpec sustained(int weeks) {
        return placements(FigureSpec.of("placements.sustained-" + weeks, "Young people still in education, employment or training at the "
                        + weeks + "-week check", "young people")
                .from("sustainment_check c join placement p on p.id = c.placement_id" + JOINS,
                        "c.weeks = " + weeks + " and c.result = '" + SustainmentResult.IN_EET.name() + "'")
                .date("c.checked_on"));
    }

    private static FigureSpec placements(FigureSpec.Builder builder) {
        return builder.youngPeople().records("placements").organisation("p.organisation_id", "o.organisation_type")
                .area("coalesce(f.area, o.area)").sector("coalesce(f.sector, o.sector)").type("Type of opportunity", "t.name")
                .build();
    }

    @Override
    public List<String> typeChoices(String key) {
        return types.active().stream().map(t -> t.getName()).toList();
    }
}
