package org.opendoors.pledge;

import java.util.List;
import org.opendoors.base.figures.FigureSource;
import org.opendoors.base.figures.FigureSpec;
import org.springframework.stereotype.Service;

/** Pledges as figures for strategy and insight, counted in SQL over the pledge module's own tables. */
@Service
public class PledgeFigures implements FigureSource {

    public static final String APPROVED = "pledges.approved";
    public static final String ACTIVE = "pledges.active";

    private static final String PLEDGE = "pledge p left join organisation o on o.id = p.organisation_id";

    @Override
    public List<FigureSpec> figures() {
        return List.of(
                pledges(FigureSpec.of(APPROVED, "Pledges approved", "pledges").from(PLEDGE, "p.approved_on is not null")),
                pledges(FigureSpec.of(ACTIVE, "Active pledges (approved or renewed, by approval date)", "pledges")
                        .from(PLEDGE, "p.status in ('" + PledgeStatus.APPROVED.name() + "', '" + PledgeStatus.RENEWED.name() + "')")));
    }

    private static FigureSpec pledges(FigureSpec.Builder builder) {
        return builder.date("p.approved_on").records("pledges").organisation("p.organisation_id", "o.organisation_type")
                .area("o.area").sector("o.sector").build();
    }
}
