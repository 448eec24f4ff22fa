package org.opendoors.socialvalue;

import java.util.List;
import java.util.Map;
import org.opendoors.organisation.OrganisationService;
import org.opendoors.security.UserAccount;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A contract's page, read in one call: its terms, who reports, its periods' returns and each KPI's progress. */
@Service
public class ContractPages {

    private final ContractService contracts;
    private final ContractProgressService progress;
    private final OrganisationService organisations;

    ContractPages(ContractService contracts, ContractProgressService progress, OrganisationService organisations) {
        this.contracts = contracts;
        this.progress = progress;
        this.organisations = organisations;
    }

    /**
     * @param officer        the signed-in user is a contract officer, who may choose who reports
     * @param supplierUsers  for an officer, the supplier's active users who may be named; otherwise empty
     * @param statusByPeriod each started period's return status, by period number
     */
    public record ContractPage(Contract contract, String supplier, ContractService.People people, boolean officer,
                               List<UserAccount> supplierUsers, Map<Integer, ReturnStatus> statusByPeriod,
                               List<KpiProgress> progress) {
    }

    @Transactional(readOnly = true)
    public ContractPage page(long contractId) {
        Contract contract = contracts.find(contractId);
        boolean officer = contracts.isProcurement();
        ContractProgressService.Standing standing = progress.standing(contract);
        return new ContractPage(contract, organisations.find(contract.getSupplierId()).map(o -> o.getName()).orElse(""),
                contracts.people(contract), officer, officer ? contracts.supplierUsers(contract.getSupplierId()) : List.of(),
                standing.statusByPeriod(), standing.progress());
    }
}
