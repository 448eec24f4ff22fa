package org.opendoors.offer;

import java.util.List;
import org.opendoors.base.figures.FigureSource;
import org.opendoors.base.figures.FigureSpec;
import org.springframework.stereotype.Service;

/** Offers and deliveries as figures for strategy and insight, counted in SQL over the offer module's own tables. */
@Service
public class OfferFigures implements FigureSource {

    public static final String LOGGED = "offers.logged";
    public static final String OPEN = "offers.open";
    public static final String DELIVERIES = "deliveries.count";
    public static final String YOUNG_PEOPLE = "deliveries.young-people";
    public static final String HOURS = "deliveries.hours";
    public static final String MOCK_INTERVIEWS = "deliveries.mock-interviews";

    // left joins on primary keys: MariaDB drops a joined table a query does not use (table elimination), so a count by
    // date reads only the offer_created index
    private static final String OFFER = "offer f left join organisation o on o.id = f.organisation_id "
            + "left join offer_type t on t.id = f.offer_type_id";
    private static final String DELIVERY = "delivery d join offer f on f.id = d.offer_id left join organisation o on o.id = f.organisation_id "
            + "left join offer_type t on t.id = f.offer_type_id";

    private final OfferTypeService types;

    OfferFigures(OfferTypeService types) {
        this.types = types;
    }

    @Override
    public List<FigureSpec> figures() {
        return List.of(
                offers(FigureSpec.of(LOGGED, "Offers logged", "offers").from(OFFER, "1 = 1").monthly(monthly("1 = 1"))),
                offers(FigureSpec.of(OPEN, "Offers open now, by the date they were logged", "offers")
                        .from(OFFER, "f.status = '" + OfferStatus.OPEN.name() + "'")
                        .monthly(monthly("m.status = '" + OfferStatus.OPEN.name() + "'"))),
                deliveries(FigureSpec.of(DELIVERIES, "Deliveries (sessions or placements delivered)", "deliveries")
                        .from(DELIVERY, "1 = 1")),
                deliveries(FigureSpec.of(YOUNG_PEOPLE, "Young people reached by deliveries", "young people")
                        .from(DELIVERY, "1 = 1").sum("d.young_people").youngPeople()),
                deliveries(FigureSpec.of(HOURS, "Hours of support delivered", "hours").from(DELIVERY, "1 = 1").sum("d.hours")),
                deliveries(FigureSpec.of(MOCK_INTERVIEWS, "Young people given a mock interview", "young people")
                        .from(DELIVERY, "t.name = 'Mock interview'").sum("d.young_people").youngPeople()));
    }

    /** The offers by month that the database's triggers keep exact (migration V31). */
    private static FigureSpec.MonthlyRollup monthly(String where) {
        return new FigureSpec.MonthlyRollup("offer_month m join offer_type t on t.id = m.offer_type_id", where, "m.month", "m.offers",
                "nullif(m.area, '')", "nullif(m.sector, '')", "t.name");
    }

    private static FigureSpec offers(FigureSpec.Builder builder) {
        return builder.date("f.created_at").records("opportunities").organisation("f.organisation_id", "o.organisation_type")
                .area("f.area").sector("f.sector").type("Offer type", "t.name").build();
    }

    private static FigureSpec deliveries(FigureSpec.Builder builder) {
        return builder.date("d.delivered_on").organisation("f.organisation_id", "o.organisation_type")
                .area("f.area").sector("f.sector").type("Offer type", "t.name").build();
    }

    @Override
    public List<String> typeChoices(String key) {
        return types.active().stream().map(OfferType::getName).toList();
    }
}
