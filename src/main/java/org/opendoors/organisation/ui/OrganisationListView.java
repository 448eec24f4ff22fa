package org.opendoors.organisation.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import org.opendoors.organisation.Organisation;
import org.opendoors.organisation.OrganisationExport;
import org.opendoors.base.ui.CsvDownload;
import org.opendoors.organisation.OrganisationFilter;
import org.opendoors.organisation.OrganisationService;
import org.opendoors.organisation.OrganisationStatus;
import org.opendoors.security.AppRoles;
import org.opendoors.security.CurrentUser;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The CRM's organisation list: lazy, filtered and sorted in SQL, exportable as CSV. */
@Route("organisations")
@PageTitle("Organisations – Open Doors")
@Menu(title = "Organisations", order = 22)
@RolesAllowed({AppRoles.ENGAGEMENT, AppRoles.ADMIN})
@AccessDeniedErrorRouter
class OrganisationListView extends Div {

    final TextField name = new TextField("Name");
    final Select<OrganisationStatus> status = new Select<>();
    final Select<String> sector = new Select<>();
    final Select<String> area = new Select<>();
    final Checkbox mine = new Checkbox("Only organisations I look after");
    final Checkbox duplicates = new Checkbox("Only possible duplicates");
    final Grid<Organisation> grid = new Grid<>(Organisation.class, false);
    private final CurrentUser currentUser;

    OrganisationListView(OrganisationService organisations, OrganisationExport export, CurrentUser currentUser) {
        this.currentUser = currentUser;
        name.setValueChangeMode(ValueChangeMode.LAZY);
        name.setClearButtonVisible(true);
        status.setLabel("Status");
        status.setItems(OrganisationStatus.values());
        status.setItemLabelGenerator(s -> s == null ? "All" : s.name().charAt(0) + s.name().substring(1).toLowerCase());
        sector.setLabel("Sector");
        sector.setItems(organisations.sectors());
        area.setLabel("Area");
        area.setItems(organisations.activeAreaNames());
        for (Select<?> select : java.util.List.of(status, sector, area)) {
            select.setEmptySelectionAllowed(true);
            select.setEmptySelectionCaption("All");
        }
        name.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        sector.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        area.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        mine.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        duplicates.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        // a template, not a RouterLink per row: a component per row made each signed-in session heavier and the first rows slower
        grid.addColumn(LitRenderer.<Organisation>of("<a href=\"organisations/${item.id}\" router-link>${item.name}</a>")
                .withProperty("id", Organisation::getId).withProperty("name", Organisation::getName))
                .setHeader("Name").setKey("name").setSortable(true).setFlexGrow(3);
        grid.addColumn(o -> o.getStatus().name().toLowerCase()).setHeader("Status").setKey("status").setSortable(true);
        grid.addColumn(Organisation::getSector).setHeader("Sector").setKey("sector").setSortable(true);
        grid.addColumn(Organisation::getArea).setHeader("Area").setKey("area").setSortable(true);
        grid.addColumn(o -> o.getPossibleDuplicateOf() == null ? "" : "Possible duplicate").setHeader("Check");
        grid.setItems(query -> organisations.search(filter(), PageRequest.of(query.getPage(), query.getPageSize(),
                        sortOf(query.getSortOrders()))).stream(),
                query -> (int) organisations.count(filter()));
        grid.setAriaLabel("Organisations");

        CsvDownload download = new CsvDownload("these organisations", "organisations.csv", out -> export.csv(filter(), out));
        Anchor importLink = new Anchor("organisations/import", "Import organisations from CSV");
        FlexLayout filters = new FlexLayout(name, status, sector, area);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("gap", "var(--lumo-space-m)");
        add(new H1("Organisations"), filters, mine, duplicates, grid, new Div(download), new Div(importLink));
    }

    private OrganisationFilter filter() {
        return new OrganisationFilter(name.getValue(), status.getValue(), sector.getValue(), area.getValue(),
                mine.getValue() ? currentUser.require().id() : null, duplicates.getValue());
    }

    private static Sort sortOf(java.util.List<com.vaadin.flow.data.provider.QuerySortOrder> orders) {
        if (orders.isEmpty()) {
            return Sort.by("name").and(Sort.by("id"));
        }
        return Sort.by(orders.stream().map(o -> new Sort.Order(
                o.getDirection() == com.vaadin.flow.data.provider.SortDirection.ASCENDING ? Sort.Direction.ASC : Sort.Direction.DESC,
                o.getSorted())).toList()).and(Sort.by("id"));
    }
}
