package org.opendoors.socialvalue;

import java.util.List;
import org.opendoors.base.figures.FigureSource;
import org.opendoors.base.figures.FigureSpec;
import org.springframework.stereotype.Service;

/**
 * Social value returns as figures for strategy and insight: actuals by measure code, returns by grade and contracts
 * by their latest grade, dated by the end of their reporting period, counted once a return is submitted.
 */
@Service
public class SocialValueFigures implements FigureSource {

    public static final String ACTUALS = "socialvalue.actuals";
    public static final String GRADED = "socialvalue.graded";
    public static final String CONTRACTS_BY_GRADE = "socialvalue.contracts-by-grade";

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
                        .sector("o.sector").build(),
                // each contract once, at its latest grade as of the period's end (the graded return with the latest
                // period end by then), so a later grade does not change what an earlier period showed
                FigureSpec.of(CONTRACTS_BY_GRADE, "Contracts by their latest grade (choose the grade 1 to 4)", "contracts")
                        .from(RETURNS, "r.grade is not null and not exists (select 1 from kpi_return later "
                                + "join reporting_period lp on lp.id = later.period_id where later.contract_id = r.contract_id "
                                + "and later.grade is not null and lp.ends_on < :" + FigureSpec.AS_OF
                                + " and (lp.ends_on > rp.ends_on or lp.ends_on = rp.ends_on and later.id > r.id))")
                        .date("rp.ends_on").type("Latest grade", "cast(r.grade as char)").records("procurement")
                        .organisation("c.supplier_id", "o.organisation_type").area("o.area").sector("o.sector").build());
    }

    @Override
    public List<String> typeChoices(String key) {
        if (GRADED.equals(key) || CONTRACTS_BY_GRADE.equals(key)) {
            return List.of("1", "2", "3", "4");
        }
        return measures.findAllByOrderByCode().stream().map(Measure::getCode).toList();
    }
}
