package org.opendoors.socialvalue;

import java.util.List;
import org.opendoors.base.figures.FigureSource;
import org.opendoors.base.figures.FigureSpec;
import org.springframework.stereotype.Service;

/**
 * Social value returns as figures for strategy and insight: actuals by measure code and returns by grade, dated by
 * the end of their reporting period, counted once a return is submitted.
 */
@Service
public class SocialValueFigures implements FigureSource {

    public static final String ACTUALS = "socialvalue.actuals";
    public static final String GRADED = "socialvalue.graded";

    private static final String RETURNS = "kpi_return r join reporting_period rp on rp.id = r.period_id "
            + "join contract c on c.id = r.contract_id join organisation o on o.id = c.supplier_id";

    private final MeasureRepository measures;

    SocialValueFigures(MeasureRepository measures) {
        this.measures = measures;
    }

    @Override
    public List<FigureSpec> figures() {
        return List.of(
                FigureSpec.of(ACTUALS, "Social value actuals reported (choose the measure code)", "units")
                        .from("return_line l join " + RETURNS + " on r.id = l.return_id join contract_kpi k on k.id = l.kpi_id "
                                + "join measure m on m.id = k.measure_id",
                                "r.status in ('SUBMITTED', 'ACCEPTED') and l.actual is not null")
                        .sum("l.actual").date("rp.ends_on").type("Measure code", "m.code").records("contracts")
                        .organisation("c.supplier_id", "o.organisation_type").area("o.area").sector("o.sector").build(),
                FigureSpec.of(GRADED, "Social value returns graded (choose the grade 1 to 4)", "returns")
                        .from(RETURNS, "r.grade is not null").date("rp.ends_on").type("Grade", "cast(r.grade as char)")
                        .records("procurement").organisation("c.supplier_id", "o.organisation_type").area("o.area")
                        .sector("o.sector").build());
    }

    @Override
    public List<String> typeChoices(String key) {
        if (GRADED.equals(key)) {
            return List.of("1", "2", "3", "4");
        }
        return measures.findAllByOrderByCode().stream().map(Measure::getCode).toList();
    }
}
