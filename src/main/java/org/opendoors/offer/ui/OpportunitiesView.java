package org.opendoors.offer.ui;

import org.opendoors.base.ui.Formats;

import org.opendoors.offer.OfferExport;
import org.opendoors.base.ui.CsvDownload;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import org.opendoors.offer.BoardFilter;
import org.opendoors.offer.BoardRow;
import org.opendoors.offer.OfferMode;
import org.opendoors.offer.OfferService;
import org.opendoors.offer.OfferTiming;
import org.opendoors.offer.OfferType;
import org.opendoors.offer.OfferTypeService;
import org.opendoors.organisation.OrganisationService;
import org.opendoors.security.AppRoles;
import org.springframework.data.domain.PageRequest;

/** The opportunities board: open offers, filtered and paged in the database, soonest first. */
@Route("opportunities")
@PageTitle("Opportunities – Open Doors")
@Menu(title = "Opportunities board", order = 31)
@RolesAllowed({AppRoles.ADVISER, AppRoles.ENGAGEMENT, AppRoles.ADMIN})
@AccessDeniedErrorRouter
class OpportunitiesView extends Div {

    final Select<OfferType> type = new Select<>();
    final Select<String> sector = new Select<>();
    final Select<String> area = new Select<>();
    final Select<OfferMode> mode = new Select<>();
    final DatePicker from = new DatePicker("On or after");
    final Grid<BoardRow> grid = new Grid<>(BoardRow.class, false);

    OpportunitiesView(OfferService offers, OfferExport export, OfferTypeService types, OrganisationService organisations) {
        type.setLabel("Type");
        type.setItems(types.active());
        type.setItemLabelGenerator(t -> t == null ? "Any" : t.getName());
        sector.setLabel("Sector");
        sector.setItems(organisations.sectors());
        area.setLabel("Area");
        area.setItems(organisations.activeAreaNames());
        mode.setLabel("How");
        mode.setItems(OfferMode.values());
        mode.setItemLabelGenerator(m -> m == null ? "Any" : m.label());
        from.setLocale(Locale.UK);
        from.setAutoOpen(false);
        for (Select<?> select : java.util.List.of(type, sector, area, mode)) {
            select.setEmptySelectionAllowed(true);
            select.setEmptySelectionCaption("Any");
            select.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        }
        from.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        grid.addColumn(BoardRow::title).setHeader("Opportunity").setFlexGrow(3);
        grid.addColumn(BoardRow::type).setHeader("Type").setFlexGrow(2);
        grid.addColumn(BoardRow::organisation).setHeader("Employer").setFlexGrow(2);
        grid.addColumn(r -> r.timing() == OfferTiming.ON_DATE ? Formats.longDate(r.startsOn()) : r.timing().label()).setHeader("When");
        grid.addColumn(r -> r.mode().label()).setHeader("How");
        grid.addColumn(BoardRow::area).setHeader("Area");
        grid.addColumn(r -> r.ringfenced() ? "Yes" : "").setHeader("Ringfenced");
        grid.addComponentColumn(r -> new Anchor("opportunities/" + r.offerId() + "/request", "Request a place")).setHeader("");
        grid.setItems(q -> offers.board(filter(), PageRequest.of(q.getPage(), q.getPageSize())).stream(),
                q -> (int) offers.countBoard(filter()));
        grid.setAriaLabel("Open opportunities");
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        FlexLayout filters = new FlexLayout(type, sector, area, mode, from);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("gap", "var(--lumo-space-m)");
        add(new H1("Opportunities"), new Paragraph("Open offers from local employers. Ask for a place for a young person you support."),
                filters, grid, new Div(new CsvDownload("these opportunities", "opportunities.csv", out -> export.board(filter(), out))));
    }

    private BoardFilter filter() {
        return new BoardFilter(type.getValue() == null ? null : type.getValue().getId(), sector.getValue(), area.getValue(),
                mode.getValue(), from.getValue());
    }
}
