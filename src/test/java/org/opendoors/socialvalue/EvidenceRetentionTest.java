package org.opendoors.socialvalue;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.opendoors.SpringTest;
import org.opendoors.TestContracts;
import org.opendoors.TestEmployers;
import org.opendoors.base.SystemTask;
import org.opendoors.privacy.RetentionJob;
import org.opendoors.security.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

/** Evidence files are kept until 6 years after the contract ends; the return and its figures stay. */
class EvidenceRetentionTest extends SpringTest {

    private static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.ISO_8859_1);

    @Autowired
    RetentionJob job;

    @Autowired
    TestEmployers employers;

    @Autowired
    TestContracts contracts;

    @Autowired
    ContractService contractService;

    @Autowired
    ReturnService returns;

    @Autowired
    TestUsers users;

    @Test
    void evidence_is_kept_until_six_years_after_the_contract_ends_then_deleted_and_the_return_stays() {
        TestEmployers.Employer supplier = employers.register(false);
        long contractId = contracts.quarterly(supplier.organisationId(), LocalDate.now(clock).minusDays(3000), "CL6", "2");
        LocalDate endsOn = SystemTask.run(() -> contractService.find(contractId)).getEndsOn();
        as(supplier.email(), () -> {
            KpiReturn draft = returns.open(contractId, 1);
            returns.save(contractId, 1, draft.getVersion(), new ReturnEntry(Map.of(draft.getLines().getFirst().getKpiId(),
                    BigDecimal.ONE), Map.of(), "Paid into the bursary fund", null));
            return returns.addEvidence(contractId, 1, "receipt.pdf", PDF);
        });

        job.run(endsOn.plusYears(6).minusDays(1));
        assertThat(as(supplier.email(), () -> returns.evidence(contractId, 1))).hasSize(1);

        job.run(endsOn.plusYears(6));
        assertThat(as(supplier.email(), () -> returns.evidence(contractId, 1))).isEmpty();
        assertThat(as(supplier.email(), () -> returns.open(contractId, 1)).getNarrative()).isEqualTo("Paid into the bursary fund");
    }

    private <T> T as(String email, Supplier<T> work) {
        return SystemTask.run(() -> users.service().runAs(email, work));
    }
}
