package org.opendoors.strategy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import org.opendoors.base.FieldValidationException;
import org.opendoors.base.figures.FigureSpec;
import org.opendoors.base.figures.OrganisationKind;
import org.opendoors.base.ui.FieldErrors;
import org.opendoors.organisation.OrganisationService;
import org.opendoors.security.AppRoles;
import org.opendoors.strategy.ActionPlanService;
import org.opendoors.strategy.MeasureDetails;
import org.opendoors.strategy.Recommendation;
import org.opendoors.strategy.SuccessMeasure;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * Add a success measure to a recommendation ({@code ?recommendation=}) or change one ({@code ?id=}): in words only, or
 * live — a figure from the catalogue with filters, counted from a date, a baseline, dated milestone targets and an
 * optional breadth condition.
 */
@Route("strategy/measure")
@PageTitle("Success measure – Open Doors")
@RolesAllowed({AppRoles.ENGAGEMENT, AppRoles.ADMIN})
@AccessDeniedErrorRouter
class MeasureFormView extends Div implements BeforeEnterObserver {

    static final String NARRATIVE = "In words only";
    static final String LIVE = "Live, counted from Open Doors' records";
    static final int MILESTONE_ROWS = 4;

    private final ActionPlanService plans;
    private final OrganisationService organisations;
    final TextArea description = new TextArea("Success measure, as the plan words it");
    final RadioButtonGroup<String> kind = new RadioButtonGroup<>("How is it measured?");
    final Select<FigureSpec> figure = new Select<>();
    final ComboBox<String> type = new ComboBox<>("Type (optional)");
    final ComboBox<String> area = new ComboBox<>("Area (optional)");
    final ComboBox<String> sector = new ComboBox<>("Sector (optional)");
    final Select<OrganisationKind> organisationKind = new Select<>();
    final DatePicker countsFrom = new DatePicker("Count from");
    final BigDecimalField baseline = new BigDecimalField("Baseline (optional)");
    final IntegerField minAreas = new IntegerField("Across at least this many areas (optional)");
    final List<DatePicker> milestoneDates = new ArrayList<>();
    final List<BigDecimalField> milestoneTargets = new ArrayList<>();
    private final Div live = new Div();
    private long recommendationId;
    private Long measureId;
    private Long version;

    MeasureFormView(ActionPlanService plans, OrganisationService organisations) {
        this.plans = plans;
        this.organisations = organisations;
        addClassName("form-page");
        description.setWidthFull();
        description.setMaxLength(SuccessMeasure.DESCRIPTION_MAX_LENGTH);
        description.setHelperText("For example, Ringfenced apprenticeships started: 3 by April 2022, 5 by April 2023, across at least 4 areas");
        kind.setItems(NARRATIVE, LIVE);
        kind.addValueChangeListener(e -> live.setVisible(LIVE.equals(e.getValue())));
        figure.setLabel("What Open Doors counts");
        figure.setItemLabelGenerator(f -> f == null ? "" : f.label());
        figure.setWidthFull();
        figure.addValueChangeListener(e -> chooseFigure(e.getValue()));
        organisationKind.setLabel("Whose records");
        organisationKind.setItems(OrganisationKind.values());
        organisationKind.setItemLabelGenerator(k -> k == null ? "" : k.label());
        organisationKind.setValue(OrganisationKind.ANY);
        countsFrom.setHelperText("Records from this date count; empty means from the date the plan was agreed");
        baseline.setHelperText("Where the figure stood when counting started; the pro-rata line to the first milestone starts here");
        minAreas.setMin(1);
        minAreas.setHelperText("For example 4, for \"across at least 4 areas\"");
        FlexLayout filters = new FlexLayout(type, organisationKind, area, sector);
        filters.getStyle().set("gap", "var(--lumo-space-m)").set("flex-wrap", "wrap");
        live.add(figure, filters, countsFrom, baseline, new H2("Milestones"),
                new Paragraph("Each target is the total due by its date, in date order, e.g. 3 by 30 April 2022 and 5 by 30 April 2023."));
        for (int i = 0; i < MILESTONE_ROWS; i++) {
            DatePicker date = new DatePicker("Milestone " + (i + 1) + ": due by");
            BigDecimalField target = new BigDecimalField("Milestone " + (i + 1) + ": target");
            milestoneDates.add(date);
            milestoneTargets.add(target);
            FlexLayout row = new FlexLayout(date, target);
            row.getStyle().set("gap", "var(--lumo-space-m)").set("flex-wrap", "wrap");
            live.add(row);
        }
        live.add(minAreas);
        live.setVisible(false);
    }

    private void chooseFigure(FigureSpec spec) {
        type.setVisible(spec != null && spec.hasType());
        type.setLabel(spec != null && spec.typeLabel() != null ? spec.typeLabel() + " (optional)" : "Type (optional)");
        type.setItems(spec == null ? List.of() : plans.typeChoices(spec.key()));
        area.setVisible(spec == null || spec.hasArea());
        sector.setVisible(spec == null || spec.hasSector());
        organisationKind.setVisible(spec == null || spec.hasOrganisationType());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var query = event.getLocation().getQueryParameters();
        measureId = RecommendationFormView.id(query, "id").orElse(null);
        area.setItems(organisations.activeAreaNames());
        sector.setItems(organisations.sectors());
        figure.setItems(plans.figureCatalogue());
        SuccessMeasure measure = null;
        if (measureId != null) {
            measure = plans.measure(measureId).orElse(null);
            if (measure == null) {
                event.forwardTo("strategy");
                return;
            }
            recommendationId = measure.getRecommendationId();
            version = measure.getVersion();
        } else {
            var chosen = RecommendationFormView.id(query, "recommendation").filter(r -> plans.recommendation(r).isPresent());
            if (chosen.isEmpty()) {
                event.forwardTo("strategy");
                return;
            }
            recommendationId = chosen.get();
        }
        Recommendation recommendation = plans.recommendation(recommendationId).orElseThrow();
        kind.setValue(NARRATIVE);
        if (measure != null) {
            fill(measure.details());
        }
        FieldErrors errors = new FieldErrors().bind("description", description).bind("figure", figure).bind("type", type)
                .bind("area", area).bind("sector", sector).bind("organisationKind", organisationKind).bind("countsFrom", countsFrom)
                .bind("baseline", baseline).bind("minAreas", minAreas);
        for (int i = 0; i < MILESTONE_ROWS; i++) {
            errors.bind("milestoneDate-" + i, milestoneDates.get(i)).bind("milestoneTarget-" + i, milestoneTargets.get(i));
        }
        Button save = new Button(measureId == null ? "Add the success measure" : "Save the success measure", e -> save(errors));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1((measureId == null ? "Add a success measure to recommendation " : "Change a success measure of recommendation ")
                        + recommendation.getNumber()), description, kind, live, new Div(save));
        if (measureId != null) {
            Button remove = new Button("Remove this success measure", e -> {
                plans.deleteMeasure(measureId);
                FieldErrors.showSuccess("Success measure removed");
                getUI().ifPresent(ui -> ui.navigate("strategy/recommendations/" + recommendationId));
            });
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            add(new Div(remove));
        }
        add(new Anchor("strategy/recommendations/" + recommendationId, "Back to the recommendation"));
    }

    private void fill(MeasureDetails d) {
        description.setValue(d.description());
        if (d.figureKey() == null) {
            return;
        }
        kind.setValue(LIVE);
        figure.getListDataView().getItems().filter(f -> f.key().equals(d.figureKey())).findFirst().ifPresent(figure::setValue);
        type.setValue(d.type());
        area.setValue(d.area());
        sector.setValue(d.sector());
        organisationKind.setValue(d.organisationKind());
        countsFrom.setValue(d.countsFrom());
        baseline.setValue(d.baseline());
        minAreas.setValue(d.minAreas());
        for (int i = 0; i < Math.min(MILESTONE_ROWS, d.milestones().size()); i++) {
            milestoneDates.get(i).setValue(d.milestones().get(i).dueOn());
            milestoneTargets.get(i).setValue(d.milestones().get(i).target());
        }
    }

    private void save(FieldErrors errors) {
        try {
            errors.clear();
            boolean isLive = LIVE.equals(kind.getValue());
            if (isLive && figure.getValue() == null) {
                throw new FieldValidationException("figure", "Choose what Open Doors counts");
            }
            List<MeasureDetails.Target> milestones = new ArrayList<>();
            for (int i = 0; i < MILESTONE_ROWS; i++) {
                milestones.add(new MeasureDetails.Target(milestoneDates.get(i).getValue(), milestoneTargets.get(i).getValue()));
            }
            MeasureDetails details = isLive
                    ? new MeasureDetails(description.getValue(), figure.getValue().key(), visible(area), visible(sector), visible(type),
                            organisationKind.isVisible() ? organisationKind.getValue() : OrganisationKind.ANY, countsFrom.getValue(),
                            baseline.getValue(), minAreas.getValue(), milestones)
                    : new MeasureDetails(description.getValue(), null, null, null, null, null, null, null, null, List.of());
            plans.saveMeasure(recommendationId, measureId, version, details);
            FieldErrors.showSuccess("Success measure saved");
            getUI().ifPresent(ui -> ui.navigate("strategy/recommendations/" + recommendationId));
        } catch (FieldValidationException problem) {
            errors.show(problem);
        } catch (ObjectOptimisticLockingFailureException stale) {
            FieldErrors.showProblem(StrategyUi.stale("success measure"));
        }
    }

    private static String visible(ComboBox<String> field) {
        return field.isVisible() ? field.getValue() : null;
    }
}
