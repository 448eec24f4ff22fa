package org.opendoors.socialvalue.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.opendoors.KaribuTest;
import org.opendoors.TestEmployers;
import org.opendoors.base.SystemTask;
import org.opendoors.organisation.Organisation;
import org.opendoors.organisation.OrganisationService;
import org.opendoors.security.Role;
import org.opendoors.socialvalue.Contract;
import org.opendoors.socialvalue.ContractService;
import org.opendoors.socialvalue.ReportingFrequency;
import org.opendoors.socialvalue.ReportingPeriod;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/** Procurement sets up a contract with KPIs; the supplier sees its own contracts, another employer none. */
class ContractSetupTest extends KaribuTest {

    @Autowired
    TestEmployers employers;

    @Autowired
    ContractService contracts;

    @Test
    @SuppressWarnings("unchecked")
    void a_procurement_officer_sets_up_a_contract_and_its_periods_follow_from_the_dates() {
        TestEmployers.Employer supplier = employers.register(false);
        signIn(users.create(Role.PROCUREMENT));
        navigate("contracts/new");
        _setValue((ComboBox<Organisation>) _get(ComboBox.class, spec -> spec.withLabel("Supplier")),
                SystemTask.run(() -> context.getBean(OrganisationService.class).find(supplier.organisationId()).orElseThrow()));
        String reference = "CON-" + System.nanoTime();
        _setValue(_get(TextField.class, spec -> spec.withLabel("Contract reference")), reference);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Title")), "Highways maintenance");
        _setValue(_get(BigDecimalField.class, spec -> spec.withLabel("Value (£)")), new BigDecimal("2500000"));
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Starts")), LocalDate.of(2027, 1, 15));
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Ends")), LocalDate.of(2028, 1, 14));
        _setValue((RadioButtonGroup<ReportingFrequency>) _get(RadioButtonGroup.class, spec -> spec.withLabel("Returns are due")),
                ReportingFrequency.QUARTERLY);
        _click(_get(Button.class, spec -> spec.withText("Set up contract")));
        assertThat(_get(H1.class).getText()).isEqualTo("Set up a contract"); // no KPI yet: refused, nothing typed is lost
        assertThat(_get(TextField.class, spec -> spec.withLabel("Contract reference")).getValue()).isEqualTo(reference);

        _setValue(_get(BigDecimalField.class, spec -> spec.withLabel(
                "CL3 Work experience placements for care leavers (placements): target per period (leave empty if not part of this contract)")),
                new BigDecimal("2"));
        _click(_get(Button.class, spec -> spec.withText("Set up contract")));
        assertThat(_get(H1.class).getText()).isEqualTo("Highways maintenance");
        Contract contract = contracts.all(PageRequest.of(0, 50)).stream().filter(c -> c.getReference().equals(reference)).findFirst().orElseThrow();
        Contract full = contracts.find(contract.getId());
        assertThat(full.getKpis()).hasSize(1);
        assertThat(full.getPeriods()).extracting(ReportingPeriod::getStartsOn).containsExactly(LocalDate.of(2027, 1, 15),
                LocalDate.of(2027, 4, 15), LocalDate.of(2027, 7, 15), LocalDate.of(2027, 10, 15));
        assertThat(full.getValuePence()).isEqualTo(250_000_000L);

        signOut();
        signIn(supplier.email());
        navigate("our-contracts");
        @SuppressWarnings("unchecked")
        Grid<Contract> mine = _get(Grid.class);
        assertThat(GridKt._size(mine)).isEqualTo(1);
        assertThat(contracts.find(contract.getId()).getReference()).isEqualTo(reference);

        TestEmployers.Employer other = employers.register(false);
        signOut();
        signIn(other.email());
        assertThatThrownBy(() -> contracts.find(contract.getId())).isInstanceOf(AccessDeniedException.class);
        assertThat(contracts.countMine()).isZero();
    }

    @Test
    void a_contract_without_kpis_or_with_a_duplicate_reference_is_refused() {
        TestEmployers.Employer supplier = employers.register(false);
        signIn(users.create(Role.PROCUREMENT));
        assertThatThrownBy(() -> contracts.create(new org.opendoors.socialvalue.ContractDetails(supplier.organisationId(), "DUP-1",
                "Title", 100L, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), ReportingFrequency.ANNUAL, java.util.Map.of())))
                .hasMessage("Choose at least one KPI and its target");
    }
}
