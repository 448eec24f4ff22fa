package org.opendoors.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opendoors.security.UserAccount;
import org.opendoors.security.UserAccountService;
import org.opendoors.socialvalue.ContractDetails;
import org.opendoors.socialvalue.ContractService;
import org.opendoors.socialvalue.Grade;
import org.opendoors.socialvalue.KpiReturn;
import org.opendoors.socialvalue.KpiTarget;
import org.opendoors.socialvalue.ReportingFrequency;
import org.opendoors.socialvalue.ReturnLine;
import org.opendoors.socialvalue.ReturnEntry;
import org.opendoors.socialvalue.ReturnService;
import org.springframework.stereotype.Component;

/**
 * Demo contracts with social value KPIs ringfenced for care leavers: one whose supplier (the demo employer) has
 * an accepted return and one awaiting review, and one with an overdue return; each step made by the demo user
 * whose job it is.
 */
@Component
class DemoSocialValue {

    private final ContractService contracts;
    private final ReturnService returns;
    private final UserAccountService accounts;
    private final Clock clock;

    DemoSocialValue(ContractService contracts, ReturnService returns, UserAccountService accounts, Clock clock) {
        this.contracts = contracts;
        this.returns = returns;
        this.accounts = accounts;
        this.clock = clock;
    }

    void load(String officer, String supplierUser, long supplierId, long otherSupplierId) {
        LocalDate today = LocalDate.now(clock);
        LocalDate start = today.minusMonths(7).withDayOfMonth(1);
        long highways = accounts.runAs(officer, () -> {
            long reporter = contracts.supplierUsers(supplierId).stream().filter(u -> u.getEmail().equals(supplierUser))
                    .map(UserAccount::getId).findFirst().orElseThrow();
            return contracts.create(new ContractDetails(supplierId, "HC-" + start.getYear() + "-014",
                    "Highways and footways maintenance", 2_400_000_00L, start, start.plusYears(2).minusDays(1),
                    ReportingFrequency.QUARTERLY, null, List.of(
                            KpiTarget.total(measure("CL3"), new BigDecimal("8"), List.of()),
                            KpiTarget.eachPeriod(measure("CL4"), new BigDecimal("12")),
                            KpiTarget.total(measure("CL6"), new BigDecimal("4000"), List.of())),
                    Set.of(reporter))).getId();
        });
        accounts.runAs(supplierUser, () -> submit(highways, 1, List.of("1", "14", "500"),
                "Two CV clinics at the depot and one work experience placement through our own apprenticeship scheme."));
        accounts.runAs(supplierUser, () -> submit(highways, 2, List.of("1", "9", "500"),
                "Fewer careers sessions over the summer; one placement started in June."));
        accounts.runAs(officer, () -> {
            returns.accept(highways, 1, Grade.ON_TRACK, "Placements and careers support on profile; the bursary payment is on time.");
            return null;
        });

        LocalDate earlier = today.minusMonths(13).minusDays(15);
        accounts.runAs(officer, () -> contracts.create(new ContractDetails(otherSupplierId, "BFS-" + earlier.getYear() + "-102",
                "Council buildings facilities management", 850_000_00L, earlier, earlier.plusYears(3).minusDays(1),
                ReportingFrequency.ANNUAL, null, List.of(KpiTarget.eachPeriod(measure("CL1"), new BigDecimal("2")),
                        KpiTarget.eachPeriod(measure("CL5"), new BigDecimal("4"))), Set.of())));
    }

    /** The supplier's figures in KPI order; where Open Doors recorded otherwise, the reason is the scheme. */
    private KpiReturn submit(long contractId, int period, List<String> actuals, String narrative) {
        KpiReturn draft = returns.open(contractId, period);
        Map<Long, BigDecimal> figures = new HashMap<>();
        Map<Long, String> reasons = new HashMap<>();
        List<ReturnLine> lines = draft.getLines();
        for (int i = 0; i < lines.size(); i++) {
            figures.put(lines.get(i).getKpiId(), new BigDecimal(actuals.get(i)));
            reasons.put(lines.get(i).getKpiId(), "Arranged through our own scheme before it was recorded in Open Doors");
        }
        return returns.submit(contractId, period, draft.getVersion(), new ReturnEntry(figures, reasons, narrative, null));
    }

    private long measure(String code) {
        return contracts.activeMeasures().stream().filter(m -> m.getCode().equals(code)).findFirst().orElseThrow().getId();
    }
}
