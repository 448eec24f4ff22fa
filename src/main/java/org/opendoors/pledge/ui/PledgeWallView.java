package org.opendoors.pledge.ui;

import org.opendoors.base.ui.CsvDownload;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.opendoors.base.ui.PublicLayout;
import org.opendoors.organisation.OrganisationService;
import org.opendoors.pledge.PledgeWallService;
import org.opendoors.pledge.WallEntry;
import org.opendoors.pledge.WallTotals;

/** The public pledge wall: organisations that have pledged and agreed to be shown. */
@Route(value = "pledge-wall", layout = PublicLayout.class, autoLayout = false)
@PageTitle("Pledge wall – Open Doors")
@AnonymousAllowed
class PledgeWallView extends Div {

    final Select<String> sector = new Select<>();
    final Select<String> area = new Select<>();
    final Paragraph totals = new Paragraph();
    final Grid<WallEntry> grid = new Grid<>(WallEntry.class, false);
    private final PledgeWallService wall;

    PledgeWallView(PledgeWallService wall, OrganisationService organisations) {
        this.wall = wall;
        sector.setLabel("Sector");
        sector.setItems(organisations.sectors());
        area.setLabel("Area");
        area.setItems(organisations.activeAreaNames());
        for (Select<String> filter : java.util.List.of(sector, area)) {
            filter.setEmptySelectionAllowed(true);
            filter.setEmptySelectionCaption("All");
            filter.addValueChangeListener(e -> refresh());
        }
        grid.addColumn(WallEntry::organisation).setHeader("Organisation").setFlexGrow(2);
        grid.addColumn(WallEntry::sector).setHeader("Sector");
        grid.addColumn(WallEntry::area).setHeader("Area");
        grid.addColumn(e -> String.join("; ", e.commitments())).setHeader("Commitments").setFlexGrow(4);
        grid.setItems(query -> wall.entries(sector.getValue(), area.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) wall.count(sector.getValue(), area.getValue()));
        grid.setAriaLabel("Organisations that have pledged");
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        Anchor json = new Anchor("open-data/pledges.json", "JSON");
        json.getElement().setAttribute("router-ignore", true);
        CsvDownload csv = new CsvDownload("these pledges", "pledges.csv", out -> wall.csv(sector.getValue(), area.getValue(), out));
        add(new H1("Pledge wall"),
                new Paragraph("Local employers who have pledged to support young people leaving care."),
                totals, new HorizontalLayout(sector, area), grid,
                new Paragraph(csv), new Paragraph(new com.vaadin.flow.component.html.Span("Open data for everyone: "), json));
        refresh();
    }

    private void refresh() {
        WallTotals t = wall.totals(sector.getValue(), area.getValue());
        totals.setText(t.organisations() + (t.organisations() == 1 ? " organisation has" : " organisations have")
                + " pledged " + t.opportunities() + (t.opportunities() == 1 ? " opportunity" : " opportunities") + " a year");
        grid.getDataProvider().refreshAll();
    }
}
