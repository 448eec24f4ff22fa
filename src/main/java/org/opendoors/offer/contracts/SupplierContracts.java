package org.opendoors.offer.contracts;

import java.util.List;

/**
 * The contracts a supplier holds with the council, so a placement or a delivery can be tagged to the contract
 * it counts towards. Social value implements it; offers and brokerage use it without depending on social value.
 */
public interface SupplierContracts {

    /** The supplier's contracts, newest first, as choices for a form. */
    List<Choice> of(long organisationId);

    /** Whether the contract is one of the supplier's. */
    boolean belongsTo(long contractId, long organisationId);

    record Choice(long contractId, String label) {
    }
}
