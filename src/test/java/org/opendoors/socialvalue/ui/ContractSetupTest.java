package org.opendoors.socialvalue.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opendoors.KaribuTest;
import org.opendoors.TestContracts;
import org.opendoors.TestEmployers;
import org.opendoors.base.SystemTask;
import org.opendoors.organisation.Organisation;
import org.opendoors.organisation.OrganisationService;
import org.opendoors.security.Role;
import org.opendoors.security.UserAccount;
import org.opendoors.socialvalue.Contract;
import org.opendoors.socialvalue.ContractDetails;
import org.opendoors.socialvalue.ContractKpi;
import org.opendoors.socialvalue.ContractService;
import org.opendoors.socialvalue.KpiTarget;
import org.opendoors.socialvalue.PeriodTarget;
import org.opendoors.socialvalue.ReportingFrequency;
import org.opendoors.socialvalue.ReportingPeriod;
import org.opendoors.socialvalue.ReturnEntry;
import org.opendoors.socialvalue.ReturnService;
import org.opendoors.socialvalue.TargetKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Procurement sets up a contract step by step (terms, KPIs with a target per period or a profiled total, who
 * reports, check answers); the supplier sees its own contracts, another employer none; only named reporters
 * change returns.
 */
class ContractSetupTest extends KaribuTest {

    @Autowired
    TestEmployers employers;

    @Autowired
    TestContracts testContracts;

    @Autowired
    ContractService contracts;

    @Autowired
    ReturnService returns;

    @Test
    @SuppressWarnings("unchecked")
    void a_procurement_officer_sets_up_a_contract_step_by_step_with_a_profiled_total_and_named_reporters() {
        TestEmployers.Employer supplier = employers.register(false);
        String colleague = users.createEmployer(supplier.organisationId());
        signIn(users.create(Role.PROCUREMENT));
        navigate("contracts/new");
        // the picker's own search, as the officer: procurement may look suppliers up
        Organisation found = context.getBean(OrganisationService.class)
                .findByNamePrefix(supplier.organisationName(), PageRequest.of(0, 5)).getContent().getFirst();
        _setValue((ComboBox<Organisation>) _get(ComboBox.class, spec -> spec.withLabel("Supplier")), found);
        String reference = "CON-" + System.nanoTime();
        _setValue(_get(TextField.class, spec -> spec.withLabel("Contract reference")), reference);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Title")), "Highways maintenance");
        _setValue(_get(BigDecimalField.class, spec -> spec.withLabel("Value (£)")), new BigDecimal("2500000"));
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Starts")), LocalDate.of(2027, 1, 15));
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Ends")), LocalDate.of(2026, 1, 14));
        _setValue((RadioButtonGroup<ReportingFrequency>) _get(RadioButtonGroup.class, spec -> spec.withLabel("Returns are due")),
                ReportingFrequency.QUARTERLY);
        continueButton();
        assertThat(_get(DatePicker.class, spec -> spec.withLabel("Ends")).getErrorMessage())
                .isEqualTo("Enter the end date, after the start date");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Contract reference")).getValue()).isEqualTo(reference);
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Ends")), LocalDate.of(2028, 1, 14));
        continueButton();

        assertThat(_get(H1.class).getText()).isEqualTo("Social value KPIs ringfenced for care leavers");
        continueButton(); // no KPI yet: refused, and the step stays
        assertThat(_get(H1.class).getText()).isEqualTo("Social value KPIs ringfenced for care leavers");
        _setValue(_get(BigDecimalField.class, spec -> spec.withLabel("CL3 target")), new BigDecimal("2"));
        _setValue(_get(BigDecimalField.class, spec -> spec.withLabel("CL6 target")), new BigDecimal("1000"));
        _setValue((RadioButtonGroup<TargetKind>) _get(RadioButtonGroup.class,
                spec -> spec.withLabel("Is the CL6 target per period or a total?")), TargetKind.TOTAL);
        BigDecimalField first = _get(BigDecimalField.class, spec -> spec.withLabel("CL6 period 1 (15 Jan 2027 to 14 Apr 2027)"));
        assertThat(first.getValue()).isEqualByComparingTo("250"); // spread evenly to start with
        _setValue(first, new BigDecimal("100"));
        continueButton();
        assertThat(_get(BigDecimalField.class, spec -> spec.withLabel("CL6 target")).getErrorMessage())
                .isEqualTo("The periods add up to 850, not the total of 1000");
        _setValue(_get(BigDecimalField.class, spec -> spec.withLabel("CL6 period 4 (15 Oct 2027 to 14 Jan 2028)")), new BigDecimal("400"));
        _setValue(_get(BigDecimalField.class, spec -> spec.withLabel("CL6 period 3 (15 Jul 2027 to 14 Oct 2027)")), new BigDecimal("250"));
        continueButton();

        CheckboxGroup<UserAccount> reporters = _get(CheckboxGroup.class, spec -> spec.withLabel("Who fills in the returns"));
        continueButton(); // the supplier has users: one must be named
        assertThat(reporters.getErrorMessage()).isEqualTo("Choose who at the supplier fills in the returns");
        _setValue(reporters, Set.of(reporters.getListDataView().getItems()
                .filter(u -> u.getEmail().equals(supplier.email())).findFirst().orElseThrow()));
        continueButton();

        assertThat(_get(H1.class).getText()).isEqualTo("Check the contract before you set it up");
        _click(_get(Button.class, spec -> spec.withText("Set up contract")));
        assertThat(_get(H1.class).getText()).isEqualTo("Highways maintenance");

        Contract contract = contracts.all(PageRequest.of(0, 50)).stream().filter(c -> c.getReference().equals(reference)).findFirst().orElseThrow();
        Contract full = contracts.find(contract.getId());
        assertThat(full.getPeriods()).extracting(ReportingPeriod::getStartsOn).containsExactly(LocalDate.of(2027, 1, 15),
                LocalDate.of(2027, 4, 15), LocalDate.of(2027, 7, 15), LocalDate.of(2027, 10, 15));
        assertThat(full.getValuePence()).isEqualTo(250_000_000L);
        ContractKpi cl6 = full.getKpis().stream().filter(k -> k.getMeasure().getCode().equals("CL6")).findFirst().orElseThrow();
        assertThat(cl6.getTargetKind()).isEqualTo(TargetKind.TOTAL);
        assertThat(cl6.getPeriodTargets()).extracting(PeriodTarget::getTarget)
                .usingComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .containsExactly(new BigDecimal("100"), new BigDecimal("250"), new BigDecimal("250"), new BigDecimal("400"));
        assertThat(cl6.targetUpTo(2)).isEqualByComparingTo("350");
        ContractKpi cl3 = full.getKpis().stream().filter(k -> k.getMeasure().getCode().equals("CL3")).findFirst().orElseThrow();
        assertThat(cl3.targetFor(4)).isEqualByComparingTo("2");

        signOut();
        signIn(supplier.email());
        navigate("our-contracts");
        @SuppressWarnings("unchecked")
        Grid<Contract> mine = _get(Grid.class);
        assertThat(GridKt._size(mine)).isEqualTo(1);
        assertThat(returns.page(contract.getId(), 1).canReport()).isTrue();

        signOut();
        signIn(colleague); // reads the contract, but was not named to report
        assertThat(contracts.find(contract.getId()).getReference()).isEqualTo(reference);
        assertThat(returns.page(contract.getId(), 1).canReport()).isFalse();
        assertThat(returns.ofContract(contract.getId())).isEmpty();
        var draft = returns.open(contract.getId(), 1);
        assertThatThrownBy(() -> returns.save(contract.getId(), 1, draft.getVersion(), new ReturnEntry(Map.of(), Map.of(), "Mine", null)))
                .isInstanceOf(AccessDeniedException.class);

        TestEmployers.Employer other = employers.register(false);
        signOut();
        signIn(other.email());
        assertThatThrownBy(() -> contracts.find(contract.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> returns.open(contract.getId(), 1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> returns.ofContract(contract.getId())).isInstanceOf(AccessDeniedException.class);
        assertThat(contracts.countMine()).isZero();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_officer_changes_who_reports_on_the_contract_page() {
        TestEmployers.Employer supplier = employers.register(false);
        String colleague = users.createEmployer(supplier.organisationId());
        long contractId = SystemTask.run(() -> users.service().runAs(users.create(Role.PROCUREMENT), () -> {
            long supplierUser = contracts.supplierUsers(supplier.organisationId()).stream()
                    .filter(u -> u.getEmail().equals(supplier.email())).findFirst().orElseThrow().getId();
            return contracts.create(new ContractDetails(supplier.organisationId(), "WHO-" + System.nanoTime(), "Catering",
                    50_000_00L, LocalDate.of(2027, 4, 1), LocalDate.of(2028, 3, 31), ReportingFrequency.SIX_MONTHLY, null,
                    List.of(KpiTarget.eachPeriod(testContracts.measure("CL5").getId(), new BigDecimal("3"))), Set.of(supplierUser))).getId();
        }));
        signIn(users.create(Role.PROCUREMENT));
        navigate("contracts/" + contractId);
        CheckboxGroup<UserAccount> reporters = _get(CheckboxGroup.class, spec -> spec.withLabel("Who fills in the returns"));
        _setValue(reporters, Set.copyOf(reporters.getListDataView().getItems().filter(u -> u.getEmail().equals(colleague)).toList()));
        _click(_get(Button.class, spec -> spec.withText("Save who reports")));
        long seenVersion = 0; // a colleague's form from before that change does not overwrite it
        assertThatThrownBy(() -> contracts.nameReporters(contractId, seenVersion, Set.of()))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        signOut();
        signIn(colleague);
        assertThat(returns.page(contractId, 1).canReport()).isTrue();
        signOut();
        signIn(supplier.email());
        assertThat(returns.page(contractId, 1).canReport()).isFalse();
    }

    @Test
    void a_contract_without_kpis_or_with_a_supplier_user_of_another_organisation_is_refused() {
        TestEmployers.Employer supplier = employers.register(false);
        TestEmployers.Employer other = employers.register(false);
        signIn(users.create(Role.PROCUREMENT));
        long outsider = contracts.supplierUsers(other.organisationId()).getFirst().getId();
        List<KpiTarget> oneKpi = List.of(KpiTarget.eachPeriod(testContracts.measure("CL1").getId(), BigDecimal.ONE));
        assertThatThrownBy(() -> contracts.create(details(supplier, List.of(), Set.of())))
                .hasMessage("Choose at least one KPI and its target");
        assertThatThrownBy(() -> contracts.create(details(supplier, oneKpi, Set.of(outsider))))
                .hasMessage("Choose people who work for the supplier");
    }

    private static ContractDetails details(TestEmployers.Employer supplier, List<KpiTarget> targets, Set<Long> reporters) {
        return new ContractDetails(supplier.organisationId(), "DUP-" + System.nanoTime(), "Title", 100L, LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 12, 31), ReportingFrequency.ANNUAL, null, targets, reporters);
    }

    private static void continueButton() {
        _click(_get(Button.class, spec -> spec.withText("Continue")));
    }
}
