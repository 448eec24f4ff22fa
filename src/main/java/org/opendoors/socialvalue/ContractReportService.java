package org.opendoors.socialvalue;

import org.opendoors.base.brand.Brand;
import org.opendoors.organisation.OrganisationService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The contract report as a PDF, for procurement and the supplier's own users. */
@Service
public class ContractReportService {

    private final ContractService contracts;
    private final ReturnService returns;
    private final ContractProgressService progress;
    private final OrganisationService organisations;
    private final ContractReportPdf pdf;

    ContractReportService(ContractService contracts, ReturnService returns, ContractProgressService progress,
                          OrganisationService organisations, Brand brand) {
        this.contracts = contracts;
        this.returns = returns;
        this.progress = progress;
        this.organisations = organisations;
        this.pdf = new ContractReportPdf(brand);
    }

    @Transactional(readOnly = true)
    public byte[] pdf(long contractId) {
        Contract contract = contracts.find(contractId);
        String supplier = organisations.find(contract.getSupplierId()).map(o -> o.getName()).orElse("");
        return pdf.render(contract, supplier, progress.progress(contractId), returns.ofContract(contractId));
    }
}
