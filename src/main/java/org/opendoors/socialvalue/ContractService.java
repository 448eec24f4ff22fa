package org.opendoors.socialvalue;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.opendoors.base.FieldValidationException;
import org.opendoors.organisation.OrganisationAccess;
import org.opendoors.security.AppRoles;
import org.opendoors.security.CurrentUser;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contracts with social value KPIs. Procurement sets them up and sees all; a supplier's employer users see
 * their own organisation's contracts only.
 */
@Service
public class ContractService {

    private final ContractRepository contracts;
    private final MeasureRepository measures;
    private final OrganisationAccess access;
    private final CurrentUser currentUser;
    private final Clock clock;

    ContractService(ContractRepository contracts, MeasureRepository measures, OrganisationAccess access,
                    CurrentUser currentUser, Clock clock) {
        this.contracts = contracts;
        this.measures = measures;
        this.access = access;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Measure> activeMeasures() {
        return measures.findByActiveTrueOrderByCode();
    }

    /** Sets up a contract with its KPI lines and reporting periods; the creator is its responsible officer. */
    @Transactional
    @Secured({AppRoles.ROLE_PROCUREMENT, AppRoles.ROLE_ADMIN})
    public Contract create(ContractDetails d) {
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
        if (d.targets() == null || d.targets().isEmpty()) {
            throw new FieldValidationException("targets", "Choose at least one KPI and its target");
        }
        Contract contract = new Contract(d, currentUser.require().id(), clock.instant());
        for (Map.Entry<Long, BigDecimal> target : d.targets().entrySet()) {
            if (target.getValue() == null || target.getValue().signum() <= 0) {
                throw new FieldValidationException("target-" + target.getKey(), "Enter a target above zero");
            }
            contract.addKpi(measures.findById(target.getKey()).orElseThrow(), target.getValue());
        }
        List<PeriodDates> periods = ReportingPeriods.of(d.startsOn(), d.endsOn(), d.frequency());
        for (int i = 0; i < periods.size(); i++) {
            contract.addPeriod(i + 1, periods.get(i));
        }
        return contracts.save(contract);
    }

    /** A contract with its KPIs and periods, for procurement or the supplier's own users. */
    @Transactional(readOnly = true)
    public Contract find(long contractId) {
        Contract contract = contracts.findWithLinesById(contractId)
                .orElseThrow(() -> new FieldValidationException("", "This contract does not exist"));
        if (!isProcurement()) {
            access.checkCanUse(contract.getSupplierId());
        }
        contract.getPeriods(); // the second collection loads here, in the transaction (two bags cannot be joined at once)
        return contract;
    }

    @Transactional(readOnly = true)
    @Secured({AppRoles.ROLE_PROCUREMENT, AppRoles.ROLE_ADMIN})
    public List<Contract> all(Pageable pageable) {
        return contracts.findAllByOrderByStartsOnDescIdDesc(pageable);
    }

    @Transactional(readOnly = true)
    @Secured({AppRoles.ROLE_PROCUREMENT, AppRoles.ROLE_ADMIN})
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

    private boolean isProcurement() {
        return currentUser.get().map(u -> u.hasRole(org.opendoors.security.Role.PROCUREMENT) || u.hasRole(org.opendoors.security.Role.ADMIN))
                .orElseGet(access::isCouncilStaff);
    }
}
