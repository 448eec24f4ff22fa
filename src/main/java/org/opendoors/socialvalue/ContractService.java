package org.opendoors.socialvalue;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.opendoors.base.FieldValidationException;
import org.opendoors.offer.contracts.SupplierContracts;
import org.opendoors.organisation.OrganisationAccess;
import org.opendoors.security.AccountPrincipal;
import org.opendoors.security.AppRoles;
import org.opendoors.security.CurrentUser;
import org.opendoors.security.Role;
import org.opendoors.security.UserAccount;
import org.opendoors.security.UserAccountService;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contracts with social value KPIs. Procurement sets them up and sees all; a supplier's employer users see
 * their own organisation's contracts only, and only the users procurement named fill in the returns.
 */
@Service
public class ContractService implements SupplierContracts {

    private final ContractRepository contracts;
    private final MeasureRepository measures;
    private final OrganisationAccess access;
    private final CurrentUser currentUser;
    private final UserAccountService accounts;
    private final Clock clock;

    ContractService(ContractRepository contracts, MeasureRepository measures, OrganisationAccess access,
                    CurrentUser currentUser, UserAccountService accounts, Clock clock) {
        this.contracts = contracts;
        this.measures = measures;
        this.access = access;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Measure> activeMeasures() {
        return measures.findByActiveTrueOrderByCode();
    }

    /** Sets up a contract with its KPI lines, each period's targets, its reporting periods and who reports. */
    @Transactional
    @Secured({AppRoles.ROLE_PROCUREMENT, AppRoles.ROLE_ADMIN})
    public Contract create(ContractDetails d) {
        List<PeriodDates> periods = checkTerms(d);
        Map<Long, List<BigDecimal>> perPeriod = checkTargets(d.targets(), periods.size());
        checkReporters(d.supplierId(), d.reporterUserIds());
        Contract contract = new Contract(d, officer(d.officerUserId()), clock.instant());
        for (KpiTarget target : d.targets()) {
            Measure measure = measures.findById(target.measureId()).filter(Measure::isActive)
                    .orElseThrow(() -> new FieldValidationException("target-" + target.measureId(), "This measure has been retired"));
            contract.addKpi(measure, target.kind(), target.amount(), perPeriod.get(target.measureId()));
        }
        for (int i = 0; i < periods.size(); i++) {
            contract.addPeriod(i + 1, periods.get(i));
        }
        return contracts.save(contract);
    }

    /** Step by step, before {@link #create}: the reporting periods the terms give, once the terms are valid. */
    @Secured({AppRoles.ROLE_PROCUREMENT, AppRoles.ROLE_ADMIN})
    @Transactional(readOnly = true)
    public List<PeriodDates> checkTerms(ContractDetails d) {
        if (d.supplierId() == null) {
            throw new FieldValidationException("supplier", "Choose the supplier");
        }
        if (d.reference() == null || d.reference().isBlank()) {
            throw new FieldValidationException("reference", "Enter the contract reference");
        }
        if (contracts.existsByReference(d.reference().trim())) {
            throw new FieldValidationException("reference", "There is already a contract with this reference");
        }
        if (d.title() == null || d.title().isBlank()) {
            throw new FieldValidationException("title", "Enter the contract's title");
        }
        if (d.valuePence() == null || d.valuePence() < 0) {
            throw new FieldValidationException("value", "Enter the contract's value in pounds");
        }
        if (d.startsOn() == null) {
            throw new FieldValidationException("startsOn", "Enter the start date");
        }
        if (d.endsOn() == null || !d.endsOn().isAfter(d.startsOn())) {
            throw new FieldValidationException("endsOn", "Enter the end date, after the start date");
        }
        if (d.frequency() == null) {
            throw new FieldValidationException("frequency", "Select how often the supplier reports");
        }
        if (d.officerUserId() != null) {
            officer(d.officerUserId());
        }
        return ReportingPeriods.of(d.startsOn(), d.endsOn(), d.frequency());
    }

    /** Step by step: each KPI's target for each period (measure id → targets from period 1), once they are valid. */
    @Secured({AppRoles.ROLE_PROCUREMENT, AppRoles.ROLE_ADMIN})
    @Transactional(readOnly = true)
    public Map<Long, List<BigDecimal>> checkTargets(List<KpiTarget> targets, int periods) {
        if (targets == null || targets.isEmpty()) {
            throw new FieldValidationException("targets", "Choose at least one KPI and its target");
        }
        Map<Long, List<BigDecimal>> perPeriod = new LinkedHashMap<>();
        for (KpiTarget target : targets) {
            if (perPeriod.containsKey(target.measureId())) {
                throw new FieldValidationException("target-" + target.measureId(), "This measure is on the contract already");
            }
            perPeriod.put(target.measureId(), TargetProfiles.perPeriod(target, periods, "target-" + target.measureId()));
        }
        return perPeriod;
    }

    private long officer(Long chosen) {
        if (chosen == null) {
            return currentUser.require().id();
        }
        boolean isOfficer = accounts.activeUsersWithRole(Role.PROCUREMENT).stream().anyMatch(u -> u.getId().equals(chosen));
        if (!isOfficer) {
            throw new FieldValidationException("officer", "Choose a procurement officer");
        }
        return chosen;
    }

    /** Step by step: the people named to report must work for the supplier; at least one, if it has users. */
    @Secured({AppRoles.ROLE_PROCUREMENT, AppRoles.ROLE_ADMIN})
    @Transactional(readOnly = true)
    public void checkReporters(long supplierId, Set<Long> reporterUserIds) {
        Set<Long> supplierUsers = accounts.activeEmployersOf(supplierId).stream().map(UserAccount::getId).collect(Collectors.toSet());
        if (reporterUserIds == null || !supplierUsers.containsAll(reporterUserIds)) {
            throw new FieldValidationException("reporters", "Choose people who work for the supplier");
        }
        if (reporterUserIds.isEmpty() && !supplierUsers.isEmpty()) {
            throw new FieldValidationException("reporters", "Choose who at the supplier fills in the returns");
        }
    }

    /** Changes who at the supplier fills in the returns. */
    @Transactional
    @Secured({AppRoles.ROLE_PROCUREMENT, AppRoles.ROLE_ADMIN})
    public Contract nameReporters(long contractId, long expectedVersion, Set<Long> reporterUserIds) {
        Contract contract = contracts.findById(contractId).orElseThrow(ContractService::missing);
        if (contract.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Contract.class, contractId);
        }
        checkReporters(contract.getSupplierId(), reporterUserIds);
        contract.nameReporters(reporterUserIds);
        return contracts.saveAndFlush(contract);
    }

    /** The supplier's active users, who may be named to report. */
    @Transactional(readOnly = true)
    @Secured({AppRoles.ROLE_PROCUREMENT, AppRoles.ROLE_ADMIN})
    public List<UserAccount> supplierUsers(long supplierId) {
        return accounts.activeEmployersOf(supplierId);
    }

    /** The people who may be a contract's responsible officer. */
    @Transactional(readOnly = true)
    @Secured({AppRoles.ROLE_PROCUREMENT, AppRoles.ROLE_ADMIN})
    public List<UserAccount> officers() {
        return accounts.activeUsersWithRole(Role.PROCUREMENT);
    }

    /** Who reports on a contract and who its officer is, by name, for its page. */
    People people(Contract contract) {
        List<String> reporters = accounts.activeEmployersOf(contract.getSupplierId()).stream()
                .filter(u -> contract.isReporter(u.getId())).map(u -> u.getDisplayName() + " (" + u.getEmail() + ")").toList();
        String officer = accounts.displayNameOf(contract.getOfficerUserId()).orElse("");
        return new People(officer, reporters);
    }

    public record People(String officer, List<String> reporters) {
    }

    /** E-mail addresses of the active users named to report, for reminders and queries. */
    @Transactional(readOnly = true)
    public List<String> reporterEmails(long contractId) {
        Contract contract = find(contractId);
        return accounts.activeEmployersOf(contract.getSupplierId()).stream().filter(u -> contract.isReporter(u.getId()))
                .map(UserAccount::getEmail).toList();
    }

    /**
     * Refuses a contract that does not exist or that the signed-in user may not see (procurement sees every contract,
     * a supplier's users their own), in one statement: for a read that needs nothing else of the contract.
     */
    @Transactional(readOnly = true)
    public void checkCanRead(long contractId) {
        long supplierId = contracts.supplierOf(contractId).orElseThrow(ContractService::missing);
        if (!isProcurement()) {
            access.checkCanUse(supplierId);
        }
    }

    /** A contract with its KPIs and periods, for procurement or the supplier's own users. */
    @Transactional(readOnly = true)
    public Contract find(long contractId) {
        Contract contract = contracts.findWithLinesById(contractId).orElseThrow(ContractService::missing);
        if (!isProcurement()) {
            access.checkCanUse(contract.getSupplierId());
        }
        // the other collections load here, in the transaction (two bags cannot be joined at once)
        contract.getPeriods();
        contract.getReporterUserIds();
        contract.getKpis().forEach(ContractKpi::getPeriodTargets);
        return contract;
    }

    /** Whether the signed-in user is one the officer named to fill in this contract's returns. */
    boolean canReport(Contract contract) {
        return currentUser.get().filter(u -> u.hasRole(Role.EMPLOYER)).map(AccountPrincipal::id)
                .filter(contract::isReporter).isPresent();
    }

    /** Refuses anyone but a named reporter of the supplier: returns are the supplier's own statement. */
    void requireReporter(Contract contract) {
        if (!canReport(contract)) {
            throw new AccessDeniedException("Only the people named to report on this contract can change its returns");
        }
    }

    @Transactional(readOnly = true)
    @Secured({AppRoles.ROLE_PROCUREMENT, AppRoles.ROLE_ADMIN})
    public List<Contract> all(Pageable pageable) {
        return contracts.findAllByOrderByStartsOnDescIdDesc(pageable);
    }

    @Transactional(readOnly = true)
    @Secured({AppRoles.ROLE_PROCUREMENT, AppRoles.ROLE_ADMIN, AppRoles.ROLE_LEADERSHIP})
    public long count() {
        return contracts.count();
    }

    /** The signed-in supplier's contracts. */
    @Transactional(readOnly = true)
    @Secured(AppRoles.ROLE_EMPLOYER)
    public List<Contract> mine(Pageable pageable) {
        return contracts.findBySupplierIdOrderByStartsOnDesc(access.ownOrganisationId(), pageable);
    }

    @Transactional(readOnly = true)
    @Secured(AppRoles.ROLE_EMPLOYER)
    public long countMine() {
        return contracts.countBySupplierId(access.ownOrganisationId());
    }

    @Override
    @Transactional(readOnly = true)
    public List<Choice> of(long organisationId) {
        access.checkCanUse(organisationId);
        return contracts.findBySupplierIdOrderByStartsOnDesc(organisationId, PageRequest.of(0, 100)).stream()
                .map(c -> new Choice(c.getId(), c.getReference() + " " + c.getTitle())).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean belongsTo(long contractId, long organisationId) {
        return contracts.findById(contractId).map(c -> c.getSupplierId() == organisationId).orElse(false);
    }

    /** The signed-in user is a contract officer: procurement or an administrator. */
    boolean isProcurement() {
        return currentUser.get().map(u -> u.hasRole(Role.PROCUREMENT) || u.hasRole(Role.ADMIN))
                .orElseGet(access::isCouncilStaff);
    }

    private static FieldValidationException missing() {
        return new FieldValidationException("", "This contract does not exist");
    }
}
