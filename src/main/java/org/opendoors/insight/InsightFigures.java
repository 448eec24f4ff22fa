package org.opendoors.insight;

import java.util.List;
import org.opendoors.base.figures.FigureSource;
import org.opendoors.base.figures.FigureSpec;

/**
 * Figures made of other modules' figures: employers engaged are the organisations with a pledge approved or an offer
 * logged in the period (filtered by the organisation's own area, sector and type).
 */
@org.springframework.stereotype.Component
public class InsightFigures implements FigureSource {

    public static final String EMPLOYERS_ENGAGED = "employers.engaged";

    @Override
    public List<FigureSpec> figures() {
        return List.of(FigureSpec.distinctOrganisations(EMPLOYERS_ENGAGED,
                "Employers engaged (a pledge approved or an offer logged)", "employers", "organisations",
                "organisations.registered", "pledges.approved", "offers.logged"));
    }
}
