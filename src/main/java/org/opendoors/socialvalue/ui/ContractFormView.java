package org.opendoors.socialvalue.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.opendoors.base.ui.NamePicker;
import org.opendoors.base.ui.Formats;
import org.opendoors.base.FieldValidationException;
import org.opendoors.base.ui.FieldErrors;
import org.opendoors.base.ui.QuestionSteps;
import org.opendoors.base.ui.SummaryList;
import org.opendoors.organisation.Organisation;
import org.opendoors.organisation.OrganisationService;
import org.opendoors.security.AppRoles;
import org.opendoors.security.CurrentUser;
import org.opendoors.security.UserAccount;
import org.opendoors.socialvalue.Contract;
import org.opendoors.socialvalue.ContractDetails;
import org.opendoors.socialvalue.ContractService;
import org.opendoors.socialvalue.KpiTarget;
import org.opendoors.socialvalue.Measure;
import org.opendoors.socialvalue.PeriodDates;
import org.opendoors.socialvalue.ReportingFrequency;

/**
 * Procurement sets up a contract, one thing at a time: the contract, its KPIs and targets, who reports for the
 * supplier, then check answers. Nothing typed is lost going back and forth.
 */
@Route("contracts/new")
@PageTitle("Set up a contract – Open Doors")
@RolesAllowed({AppRoles.PROCUREMENT, AppRoles.ADMIN})
@AccessDeniedErrorRouter
class ContractFormView extends Div {

    final ComboBox<Organisation> supplier;
    final TextField reference = new TextField("Contract reference");
    final TextField title = new TextField("Title");
    final BigDecimalField value = new BigDecimalField("Value (£)");
    final DatePicker startsOn = new DatePicker("Starts");
    final DatePicker endsOn = new DatePicker("Ends");
    final RadioButtonGroup<ReportingFrequency> frequency = new RadioButtonGroup<>("Returns are due");
    final Select<UserAccount> officer = new Select<>();
    final Map<Measure, KpiTargetFields> targets = new LinkedHashMap<>();
    final CheckboxGroup<UserAccount> reporters = new CheckboxGroup<>("Who fills in the returns");

    private final ContractService contracts;
    private final Div step = new Div();
    private final FieldErrors errors = new FieldErrors();
    private final QuestionSteps steps = new QuestionSteps(step, errors);
    private List<PeriodDates> periods = List.of();
    private Map<Long, List<BigDecimal>> perPeriodTargets = Map.of();

    ContractFormView(ContractService contracts, OrganisationService organisations, CurrentUser currentUser) {
        this.contracts = contracts;
        addClassName("form-page");
        supplier = new NamePicker<>("Supplier", organisations::findByNamePrefix, Organisation::getName);
        supplier.addValueChangeListener(e -> reporters.clear());
        reference.setWidthFull();
        title.setWidthFull();
        for (DatePicker picker : List.of(startsOn, endsOn)) {
            picker.setLocale(Locale.UK);
            picker.setAutoOpen(false);
        }
        frequency.setItems(ReportingFrequency.values());
        frequency.setItemLabelGenerator(ReportingFrequency::label);
        officer.setLabel("Responsible officer");
        officer.setItems(contracts.officers());
        officer.setItemLabelGenerator(u -> u == null ? "" : u.getDisplayName() + " (" + u.getEmail() + ")");
        long me = currentUser.require().id();
        contracts.officers().stream().filter(u -> u.getId() == me).findFirst().ifPresent(officer::setValue);
        reporters.setItemLabelGenerator(u -> u.getDisplayName() + " (" + u.getEmail() + ")");
        errors.bind("supplier", supplier).bind("reference", reference).bind("title", title).bind("value", value)
                .bind("startsOn", startsOn).bind("endsOn", endsOn).bind("frequency", frequency).bind("officer", officer)
                .bind("reporters", reporters);
        for (Measure measure : contracts.activeMeasures()) {
            KpiTargetFields fields = new KpiTargetFields(measure);
            targets.put(measure, fields);
            errors.bind("target-" + measure.getId(), fields.amount);
        }
        add(step);
        showContractStep();
    }

    private void showContractStep() {
        steps.show("Set up a contract", "Step 1 of 3: the contract",
                List.of(supplier, reference, title, value, startsOn, endsOn, frequency, officer), null, () -> {
                    periods = contracts.checkTerms(details());
                    targets.values().forEach(f -> f.showPeriods(periods));
                    showKpiStep();
                });
    }

    private void showKpiStep() {
        Paragraph intro = new Paragraph("Give a target for each measure the contract commits to: the same in every period, "
                + "or a total over the contract that you profile across its " + periods.size() + " reporting periods. "
                + "Leave a measure empty if it is not part of this contract.");
        Div kpis = new Div();
        targets.values().forEach(kpis::add);
        steps.show("Social value KPIs ringfenced for care leavers", "Step 2 of 3: KPIs and targets", List.of(intro, kpis),
                this::showContractStep, () -> {
                    perPeriodTargets = contracts.checkTargets(chosenTargets(), periods.size());
                    showReportersStep();
                });
    }

    private void showReportersStep() {
        List<UserAccount> people = contracts.supplierUsers(supplier.getValue().getId());
        reporters.setItems(people);
        Component explanation = people.isEmpty()
                ? new Paragraph("Nobody at " + supplier.getValue().getName() + " has an account yet. You can name who reports "
                        + "on the contract's page once they have one.")
                : new Paragraph("Only the people you choose can fill in and submit the returns. Their colleagues can read them.");
        steps.show("Who reports for " + supplier.getValue().getName(), "Step 3 of 3: who reports",
                people.isEmpty() ? List.of(explanation) : List.of(explanation, reporters), this::showKpiStep, () -> {
                    contracts.checkReporters(supplier.getValue().getId(), reporterIds());
                    showCheckAnswers();
                });
    }

    private void showCheckAnswers() {
        step.removeAll();
        ContractDetails d = details();
        SummaryList contract = new SummaryList().row("Supplier", supplier.getValue().getName()).row("Reference", d.reference())
                .row("Title", d.title()).row("Value", NumberFormat.getCurrencyInstance(Locale.UK).format(value.getValue()))
                .row("Term", Formats.date(d.startsOn()) + " to " + Formats.date(d.endsOn()))
                .row("Returns", d.frequency().label() + ", " + periods.size() + " periods, each due "
                        + "30 days after it ends")
                .row("Responsible officer", officer.getValue() == null ? "You" : officer.getValue().getDisplayName());
        SummaryList kpis = new SummaryList();
        targets.forEach((measure, fields) -> {
            List<BigDecimal> shares = perPeriodTargets.get(measure.getId());
            if (shares != null) {
                kpis.row(measure.label(), fields.describe() + ". By period: "
                        + shares.stream().map(ContractView::plain).collect(Collectors.joining(", ")));
            }
        });
        SummaryList who = new SummaryList().row("Fills in the returns", reporters.getValue().isEmpty() ? "Nobody yet"
                : reporters.getValue().stream().map(UserAccount::getDisplayName).sorted().collect(Collectors.joining(", ")));
        Button setUp = new Button("Set up contract", e -> create());
        setUp.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        step.add(new H1("Check the contract before you set it up"), new H2("The contract"), contract,
                QuestionSteps.changeLink("Change the contract's details", this::showContractStep), new H2("KPIs and targets"), kpis,
                QuestionSteps.changeLink("Change the KPIs", this::showKpiStep), new H2("Who reports"), who,
                QuestionSteps.changeLink("Change who reports", this::showReportersStep), setUp);
    }

    private void create() {
        try {
            Contract contract = contracts.create(details());
            FieldErrors.showSuccess("Contract " + contract.getReference() + " set up. The people who report will be reminded "
                    + "a week before each return is due.");
            getUI().ifPresent(ui -> ui.navigate("contracts/" + contract.getId()));
        } catch (FieldValidationException problem) {
            // something changed since the step was checked (e.g. the reference was taken meanwhile)
            if (problem.field().startsWith("target")) {
                showKpiStep();
            } else if (problem.field().equals("reporters")) {
                showReportersStep();
            } else {
                showContractStep();
            }
            errors.show(problem);
        }
    }

    private ContractDetails details() {
        return new ContractDetails(supplier.getValue() == null ? null : supplier.getValue().getId(), reference.getValue(),
                title.getValue(), value.getValue() == null ? null : value.getValue().movePointRight(2).longValue(),
                startsOn.getValue(), endsOn.getValue(), frequency.getValue(),
                officer.getValue() == null ? null : officer.getValue().getId(), chosenTargets(), reporterIds());
    }

    private List<KpiTarget> chosenTargets() {
        return targets.entrySet().stream().filter(e -> e.getValue().isChosen())
                .map(e -> e.getValue().target(e.getKey().getId())).toList();
    }

    private Set<Long> reporterIds() {
        return reporters.getValue().stream().map(UserAccount::getId).collect(Collectors.toSet());
    }
}
