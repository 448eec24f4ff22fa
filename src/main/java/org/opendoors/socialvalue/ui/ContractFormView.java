package org.opendoors.socialvalue.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.opendoors.base.FieldValidationException;
import org.opendoors.base.ui.FieldErrors;
import org.opendoors.organisation.Organisation;
import org.opendoors.organisation.OrganisationService;
import org.opendoors.security.AppRoles;
import org.opendoors.socialvalue.Contract;
import org.opendoors.socialvalue.ContractDetails;
import org.opendoors.socialvalue.ContractService;
import org.opendoors.socialvalue.Measure;
import org.opendoors.socialvalue.ReportingFrequency;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** Procurement sets up a contract: supplier, terms, reporting and the KPI targets ringfenced for care leavers. */
@Route("contracts/new")
@PageTitle("Set up a contract – Open Doors")
@RolesAllowed({AppRoles.PROCUREMENT, AppRoles.ADMIN})
@AccessDeniedErrorRouter
class ContractFormView extends Div {

    final ComboBox<Organisation> supplier = new ComboBox<>("Supplier");
    final TextField reference = new TextField("Contract reference");
    final TextField title = new TextField("Title");
    final BigDecimalField value = new BigDecimalField("Value (£)");
    final DatePicker startsOn = new DatePicker("Starts");
    final DatePicker endsOn = new DatePicker("Ends");
    final RadioButtonGroup<ReportingFrequency> frequency = new RadioButtonGroup<>("Returns are due");
    final Map<Measure, BigDecimalField> targets = new LinkedHashMap<>();

    ContractFormView(ContractService contracts, OrganisationService organisations) {
        addClassName("form-page");
        supplier.setItemLabelGenerator(Organisation::getName);
        supplier.setItems(q -> organisations.findByNamePrefix(q.getFilter().orElse(""),
                PageRequest.of(q.getPage(), q.getPageSize(), Sort.by("name"))).stream());
        supplier.setWidthFull();
        for (TextField field : List.of(reference, title)) {
            field.setWidthFull();
        }
        for (DatePicker picker : List.of(startsOn, endsOn)) {
            picker.setLocale(Locale.UK);
            picker.setAutoOpen(false);
        }
        frequency.setItems(ReportingFrequency.values());
        frequency.setItemLabelGenerator(ReportingFrequency::label);
        FieldErrors errors = new FieldErrors().bind("supplier", supplier).bind("reference", reference).bind("title", title)
                .bind("value", value).bind("startsOn", startsOn).bind("endsOn", endsOn).bind("frequency", frequency);
        Div kpis = new Div();
        for (Measure measure : contracts.activeMeasures()) {
            BigDecimalField target = new BigDecimalField(measure.label() + ": target per period (leave empty if not part of this contract)");
            target.setWidthFull();
            targets.put(measure, target);
            errors.bind("target-" + measure.getId(), target);
            kpis.add(target);
        }
        Button save = new Button("Set up contract", e -> {
            try {
                errors.clear();
                Map<Long, BigDecimal> chosen = new LinkedHashMap<>();
                targets.forEach((measure, field) -> {
                    if (field.getValue() != null) {
                        chosen.put(measure.getId(), field.getValue());
                    }
                });
                Contract contract = contracts.create(new ContractDetails(supplier.getValue() == null ? null : supplier.getValue().getId(),
                        reference.getValue(), title.getValue(),
                        value.getValue() == null ? null : value.getValue().movePointRight(2).longValue(),
                        startsOn.getValue(), endsOn.getValue(), frequency.getValue(), chosen));
                getUI().ifPresent(ui -> ui.navigate("contracts/" + contract.getId()));
            } catch (FieldValidationException problem) {
                errors.show(problem);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1("Set up a contract"), supplier, reference, title, value, startsOn, endsOn, frequency,
                new H2("Social value KPIs ringfenced for care leavers"),
                new Paragraph("Give a target for each measure the contract commits to, per reporting period."), kpis, save);
    }
}
