package org.opendoors.organisation;

import java.util.List;
import org.opendoors.base.figures.FigureSource;
import org.opendoors.base.figures.FigureSpec;
import org.springframework.stereotype.Service;

/**
 * Organisations as figures: those registered in a period, and the organisations figures of other modules are counted
 * over ("employers engaged" is the organisations with a pledge approved or an offer logged in the period).
 */
@Service
public class OrganisationFigures implements FigureSource {

    public static final String REGISTERED = "organisations.registered";

    @Override
    public List<FigureSpec> figures() {
        return List.of(FigureSpec.of(REGISTERED, "Organisations registered", "organisations")
                .from("organisation o", "o.merged_into is null").date("o.created_at").records("organisations")
                .organisation("o.id", "o.organisation_type").area("o.area").sector("o.sector").build());
    }
}
