package org.opendoors.socialvalue;

import java.io.OutputStream;
import org.opendoors.base.csv.CsvColumns;
import org.opendoors.base.csv.KeysetCsv;
import org.opendoors.organisation.OrganisationAccess;
import org.opendoors.security.AppRoles;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Contracts as CSV, streamed: every contract for the procurement team, a supplier's own for the supplier. */
@Service
public class ContractExport {

    static final CsvColumns<Contract> CONTRACTS = CsvColumns.of(Contract.class)
            .add("Reference", Contract::getReference)
            .add("Title", Contract::getTitle)
            .add("Starts on", Contract::getStartsOn)
            .add("Ends on", Contract::getEndsOn)
            .add("Reporting", c -> c.getFrequency().label());

    private final ContractRepository contracts;
    private final OrganisationAccess access;
    private final KeysetCsv keyset;

    ContractExport(ContractRepository contracts, OrganisationAccess access, KeysetCsv keyset) {
        this.contracts = contracts;
        this.access = access;
        this.keyset = keyset;
    }

    @Transactional(readOnly = true)
    @Secured({AppRoles.ROLE_PROCUREMENT, AppRoles.ROLE_ADMIN})
    public void all(OutputStream out) {
        keyset.write(out, CONTRACTS, Contract.class, (afterId, upToId) -> contracts.findByIdBetweenOrderById(afterId + 1, upToId));
    }

    /** The signed-in supplier's contracts, and only theirs. */
    @Transactional(readOnly = true)
    @Secured(AppRoles.ROLE_EMPLOYER)
    public void mine(OutputStream out) {
        long supplierId = access.ownOrganisationId();
        keyset.write(out, CONTRACTS, Contract.class,
                (afterId, upToId) -> contracts.findBySupplierIdAndIdBetweenOrderById(supplierId, afterId + 1, upToId));
    }
}
