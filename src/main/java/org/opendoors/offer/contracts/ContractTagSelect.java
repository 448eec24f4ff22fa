package org.opendoors.offer.contracts;

import com.vaadin.flow.component.select.Select;
import java.util.List;

/**
 * "Counts towards contract": tags a placement or a delivery to one of the organisation's contracts with the
 * council, so the supplier's social value return shows it. Hidden when the organisation holds no contract.
 */
public class ContractTagSelect extends Select<SupplierContracts.Choice> {

    public static final String LABEL = "Counts towards contract (optional)";

    private final SupplierContracts contracts;

    public ContractTagSelect(SupplierContracts contracts) {
        this.contracts = contracts;
        setLabel(LABEL);
        setHelperText("Leave it as it is if this is not part of a particular contract: it then counts towards all of them.");
        setEmptySelectionAllowed(true);
        setEmptySelectionCaption("Not a particular contract");
        setItemLabelGenerator(choice -> choice == null ? "Not a particular contract" : choice.label());
        setWidthFull();
        setVisible(false);
    }

    /** Offers the organisation's contracts, or hides the field when there is no organisation or no contract. */
    public void showFor(Long organisationId) {
        List<SupplierContracts.Choice> choices = organisationId == null ? List.of() : contracts.of(organisationId);
        setItems(choices);
        clear();
        setVisible(!choices.isEmpty());
    }

    public Long contractId() {
        return getValue() == null ? null : getValue().contractId();
    }
}
