package org.opendoors;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.opendoors.base.SystemTask;
import org.opendoors.security.Role;
import org.opendoors.security.TestUsers;
import org.opendoors.security.UserAccount;
import org.opendoors.socialvalue.ContractDetails;
import org.opendoors.socialvalue.ContractService;
import org.opendoors.socialvalue.KpiTarget;
import org.opendoors.socialvalue.Measure;
import org.opendoors.socialvalue.ReportingFrequency;
import org.springframework.stereotype.Component;

/** Contracts set up through the real service by a new procurement officer, for tests about returns. */
@Component
public class TestContracts {

    private final ContractService contracts;
    private final TestUsers users;

    TestContracts(ContractService contracts, TestUsers users) {
        this.contracts = contracts;
        this.users = users;
    }

    /** A year's contract from {@code start}; every user the supplier has now reports on it. */
    public long create(long supplierId, LocalDate start, ReportingFrequency frequency, List<KpiTarget> targets) {
        String officer = users.create(Role.PROCUREMENT);
        return SystemTask.run(() -> users.service().runAs(officer, () -> {
            Set<Long> reporters = contracts.supplierUsers(supplierId).stream().map(UserAccount::getId).collect(Collectors.toSet());
            return contracts.create(new ContractDetails(supplierId, "TST-" + System.nanoTime(), "Grounds maintenance",
                    100_000_00L, start, start.plusYears(1).minusDays(1), frequency, null, targets, reporters)).getId();
        }));
    }

    /** One KPI with the same target each quarter. */
    public long quarterly(long supplierId, LocalDate start, String measureCode, String targetPerPeriod) {
        return create(supplierId, start, ReportingFrequency.QUARTERLY,
                List.of(KpiTarget.eachPeriod(measure(measureCode).getId(), new BigDecimal(targetPerPeriod))));
    }

    public Measure measure(String code) {
        return SystemTask.run(() -> contracts.activeMeasures()).stream().filter(m -> m.getCode().equals(code)).findFirst()
                .orElseThrow();
    }
}
