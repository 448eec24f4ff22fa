package org.opendoors.admin.ui;

import java.util.List;
import com.vaadin.flow.function.SerializableSupplier;
import org.opendoors.base.csv.CsvColumns;
import org.opendoors.base.ui.CsvDownload;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import org.opendoors.base.ui.FieldErrors;
import org.opendoors.base.ui.UserAction;
import org.opendoors.organisation.Area;
import org.opendoors.organisation.AreaService;
import com.vaadin.flow.component.select.Select;
import org.opendoors.socialvalue.Measure;
import org.opendoors.socialvalue.MeasureService;
import org.opendoors.socialvalue.MeasureUnit;
import org.opendoors.offer.OfferCategory;
import org.opendoors.offer.OfferType;
import org.opendoors.offer.OfferTypeService;
import org.opendoors.pledge.Commitment;
import org.opendoors.pledge.CommitmentService;
import org.opendoors.security.AppRoles;

/** The lists administrators keep: pledge commitments and areas. Retiring an item keeps it on old records. */
@Route("admin/catalogues")
@PageTitle("Catalogues – Open Doors")
@Menu(title = "Catalogues", order = 94)
@RolesAllowed(AppRoles.ADMIN)
@AccessDeniedErrorRouter
class CataloguesView extends Div {

    final Grid<Commitment> commitments = new Grid<>(Commitment.class, false);
    final Grid<Area> areas = new Grid<>(Area.class, false);
    final TextField commitmentTitle = new TextField("New commitment");
    final TextField commitmentUnit = new TextField("Counted in (optional)");
    final TextField areaName = new TextField("New area");
    final Grid<OfferType> offerTypes = new Grid<>(OfferType.class, false);
    final TextField offerTypeName = new TextField("New offer type");
    final Select<OfferCategory> offerCategory = new Select<>();

    final Grid<Measure> measures = new Grid<>(Measure.class, false);
    final TextField measureCode = new TextField("Code");
    final TextField measureName = new TextField("What it counts");
    final Select<MeasureUnit> measureUnit = new Select<>();

    private static final CsvColumns<Commitment> COMMITMENTS = CsvColumns.of(Commitment.class)
            .add("Commitment", Commitment::getTitle).add("Counted in", Commitment::getQuantityUnit).add("Offered", Commitment::isActive);
    private static final CsvColumns<Area> AREAS = CsvColumns.of(Area.class).add("Area", Area::getName).add("In use", Area::isActive);
    private static final CsvColumns<OfferType> OFFER_TYPES = CsvColumns.of(OfferType.class)
            .add("Offer type", OfferType::getName).add("Kind", t -> t.getCategory().label()).add("In use", OfferType::isActive);
    private static final CsvColumns<Measure> MEASURES = CsvColumns.of(Measure.class).add("Code", Measure::getCode)
            .add("Social value measure", Measure::getName).add("Unit", m -> m.getUnit().label()).add("In use", Measure::isActive);

    CataloguesView(CommitmentService commitmentService, AreaService areaService, OfferTypeService offerTypeService,
                   MeasureService measureService) {
        commitments.addColumn(Commitment::getTitle).setHeader("Commitment").setFlexGrow(3);
        commitments.addColumn(Commitment::getQuantityUnit).setHeader("Counted in");
        commitments.addComponentColumn(c -> {
            Checkbox offered = new Checkbox("Offered", c.isActive());
            offered.addValueChangeListener(e -> commitmentService.update(c.getId(), c.getTitle(), c.getDescription(),
                    c.getQuantityUnit(), e.getValue()));
            return offered;
        }).setHeader("Offered to employers");
        commitments.setItems(commitmentService.all());
        commitments.setAllRowsVisible(true);
        commitments.setAriaLabel("Pledge commitments");
        FieldErrors commitmentErrors = new FieldErrors().bind("title", commitmentTitle);
        Button addCommitment = new Button("Add commitment", e -> {
            if (UserAction.thenRefresh(() -> commitments.setItems(commitmentService.all())).errorsAt(commitmentErrors)
                    .run(() -> commitmentService.add(commitmentTitle.getValue(), null, commitmentUnit.getValue()), "Commitment added")) {
                commitmentTitle.clear();
                commitmentUnit.clear();
            }
        });

        areas.addColumn(Area::getName).setHeader("Area").setFlexGrow(3);
        areas.addComponentColumn(a -> {
            Checkbox inUse = new Checkbox("In use", a.isActive());
            inUse.addValueChangeListener(e -> areaService.setActive(a.getId(), e.getValue()));
            return inUse;
        }).setHeader("In use");
        areas.setItems(areaService.all());
        areas.setAllRowsVisible(true);
        areas.setAriaLabel("Areas");
        FieldErrors areaErrors = new FieldErrors().bind("name", areaName);
        Button addArea = new Button("Add area", e -> {
            if (UserAction.thenRefresh(() -> areas.setItems(areaService.all())).errorsAt(areaErrors)
                    .run(() -> areaService.add(areaName.getValue()), "Area added")) {
                areaName.clear();
            }
        });
        offerTypes.addColumn(OfferType::getName).setHeader("Offer type").setFlexGrow(3);
        offerTypes.addColumn(t -> t.getCategory().label()).setHeader("Kind");
        offerTypes.addComponentColumn(t -> {
            Checkbox inUse = new Checkbox("In use", t.isActive());
            inUse.addValueChangeListener(e -> offerTypeService.setActive(t.getId(), e.getValue()));
            return inUse;
        }).setHeader("In use");
        offerTypes.setItems(offerTypeService.all());
        offerTypes.setAllRowsVisible(true);
        offerTypes.setAriaLabel("Offer types");
        offerCategory.setLabel("Kind");
        offerCategory.setItems(OfferCategory.values());
        offerCategory.setItemLabelGenerator(c -> c == null ? "" : c.label());
        offerCategory.setValue(OfferCategory.LIGHT_TOUCH);
        FieldErrors offerTypeErrors = new FieldErrors().bind("name", offerTypeName);
        Button addOfferType = new Button("Add offer type", e -> {
            if (UserAction.thenRefresh(() -> offerTypes.setItems(offerTypeService.all())).errorsAt(offerTypeErrors)
                    .run(() -> offerTypeService.add(offerTypeName.getValue(), offerCategory.getValue()), "Offer type added")) {
                offerTypeName.clear();
            }
        });
        HorizontalLayout newOfferType = new HorizontalLayout(offerTypeName, offerCategory, addOfferType);
        newOfferType.setAlignItems(FlexComponent.Alignment.BASELINE);
        measures.addColumn(Measure::getCode).setHeader("Code").setAutoWidth(true);
        measures.addColumn(Measure::getName).setHeader("Social value measure").setFlexGrow(3);
        measures.addColumn(m -> m.getUnit().label()).setHeader("Unit");
        measures.addComponentColumn(m -> {
            Checkbox inUse = new Checkbox("In use", m.isActive());
            inUse.addValueChangeListener(e -> measureService.setActive(m.getId(), e.getValue()));
            return inUse;
        }).setHeader("In use");
        measures.setItems(measureService.all());
        measures.setAllRowsVisible(true);
        measures.setAriaLabel("Social value measures");
        measureUnit.setLabel("Unit");
        measureUnit.setItems(MeasureUnit.values());
        measureUnit.setItemLabelGenerator(u -> u == null ? "" : u.label());
        FieldErrors measureErrors = new FieldErrors().bind("code", measureCode).bind("name", measureName).bind("unit", measureUnit);
        Button addMeasure = new Button("Add measure", e -> {
            if (UserAction.thenRefresh(() -> measures.setItems(measureService.all())).errorsAt(measureErrors)
                    .run(() -> measureService.add(measureCode.getValue(), measureName.getValue(), measureUnit.getValue(), null, null, true), "Measure added")) {
                measureCode.clear();
                measureName.clear();
            }
        });
        HorizontalLayout newMeasure = new HorizontalLayout(measureCode, measureName, measureUnit, addMeasure);
        newMeasure.setAlignItems(FlexComponent.Alignment.BASELINE);
        HorizontalLayout newCommitment = new HorizontalLayout(commitmentTitle, commitmentUnit, addCommitment);
        newCommitment.setAlignItems(FlexComponent.Alignment.BASELINE);
        HorizontalLayout newArea = new HorizontalLayout(areaName, addArea);
        newArea.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H1("Catalogues"),
                new H2("Pledge commitments"),
                new Paragraph("What employers can pick when they pledge. Untick to stop offering one; pledges that have it keep it."),
                commitments, download("pledge commitments", COMMITMENTS, commitmentService::all), newCommitment,
                new H2("Areas"), new Paragraph("The parts of the council's patch organisations choose from."), areas,
                download("areas", AREAS, areaService::all), newArea,
                new H2("Offer types"), new Paragraph("The kinds of opportunity employers can offer. Untick to stop offering one."),
                offerTypes, download("offer types", OFFER_TYPES, offerTypeService::all), newOfferType,
                new H2("Social value measures"), new Paragraph("What contracts can commit to for care leavers. New measures "
                        + "are ringfenced for care leavers."), measures, download("social value measures", MEASURES, measureService::all),
                newMeasure);
    }

    /** Reads the catalogue afresh when downloaded: ticking "In use" changes it without reloading the grid. */
    private static <T> Div download(String what, CsvColumns<T> columns, SerializableSupplier<List<T>> catalogue) {
        return new Div(new CsvDownload(what, what.replace(' ', '-') + ".csv", out -> columns.write(out, catalogue.get())));
    }
}
