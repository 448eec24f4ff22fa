package org.opendoors.demo;

import java.util.EnumSet;
import java.util.List;
import org.opendoors.base.DeploymentMode;
import org.opendoors.base.SystemTask;
import org.opendoors.organisation.OrganisationService;
import org.opendoors.organisation.OrganisationStatus;
import org.opendoors.security.NewUser;
import org.opendoors.security.Role;
import org.opendoors.security.UserAccountService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the first start with the embedded database, loads made-up organisations and a user for each role.
 * Runs once: it does nothing when the demo users exist. {@code OPEN_DOORS_DEMO=false} turns it off.
 */
@Component
@Order(10)
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    /** name, sector, area, status: local employers of the kinds the seed documents describe. */
    private static final List<String[]> ORGANISATIONS = List.of(
            new String[] {"Harbourside Construction Ltd", "Construction", "Central", "ENGAGED"},
            new String[] {"Estuary Care Homes", "Health and social care", "East", "ENGAGED"},
            new String[] {"Kingsway Hotels Group", "Hospitality", "Seafront", "ENGAGED"},
            new String[] {"Seafront Digital", "Digital and technology", "Central", "PROSPECT"},
            new String[] {"Anytown Community Trust", "Charity and voluntary", "North", "ENGAGED"},
            new String[] {"Borough Facilities Services", "Facilities management", "West", "ENGAGED"},
            new String[] {"Pier Road Motors", "Motor trade", "Seafront", "ENGAGED"},
            new String[] {"Northgate Logistics", "Transport and logistics", "North", "ENGAGED"});

    private final DeploymentMode mode;
    private final UserAccountService accounts;
    private final OrganisationService organisations;
    private final DemoPledges pledges;
    private final DemoBrokerage brokerage;
    private final DemoEvents events;
    private final DemoSocialValue socialValue;
    private final DemoStrategy strategy;

    DemoDataLoader(DeploymentMode mode, UserAccountService accounts, OrganisationService organisations,
                   DemoPledges pledges, DemoBrokerage brokerage, DemoEvents events, DemoSocialValue socialValue,
                   DemoStrategy strategy) {
        this.strategy = strategy;
        this.socialValue = socialValue;
        this.brokerage = brokerage;
        this.events = events;
        this.mode = mode;
        this.accounts = accounts;
        this.organisations = organisations;
        this.pledges = pledges;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!mode.isDemo() || accounts.exists(DemoAccounts.ALL.getFirst().email())) {
            return;
        }
        SystemTask.run(this::load);
        log.info("Loaded demo data: {} organisations, {} users (see the landing page)", ORGANISATIONS.size(),
                DemoAccounts.ALL.size());
    }

    private long id(String organisationName) {
        return organisations.findByName(organisationName).orElseThrow().getId();
    }

    private void load() {
        for (String[] o : ORGANISATIONS) {
            long id = organisations.create(o[0], o[1], o[2], OrganisationStatus.valueOf(o[3]), true).getId();
            organisations.markVetted(id); // the made-up employers count as checked, so the board has offers
        }
        for (DemoAccounts.DemoAccount account : DemoAccounts.ALL) {
            Long organisationId = account.organisationName() == null ? null : id(account.organisationName());
            accounts.create(new NewUser(account.name(), account.email(), EnumSet.of(account.role()), organisationId,
                    DemoAccounts.PASSWORD), false);
        }
        pledges.approved(id("Harbourside Construction Ltd"));
        pledges.submitted(id("Estuary Care Homes"));
        pledges.renewed(id("Kingsway Hotels Group"));
        pledges.draft(id("Seafront Digital"));
        pledges.returned(id("Anytown Community Trust"));
        pledges.lapsed(id("Borough Facilities Services"));
        pledges.withdrawn(id("Pier Road Motors"));
        pledges.approved(id("Northgate Logistics"));
        brokerage.load(email(Role.EMPLOYER), email(Role.ADVISER), email(Role.ENGAGEMENT), id("Kingsway Hotels Group"));
        events.load();
        socialValue.load(email(Role.PROCUREMENT), email(Role.EMPLOYER), id("Harbourside Construction Ltd"),
                id("Borough Facilities Services"));
        java.util.Map<String, Long> employers = new java.util.HashMap<>();
        ORGANISATIONS.forEach(o -> employers.put(o[0], id(o[0])));
        strategy.load(email(Role.ENGAGEMENT), employers);
    }

    private static String email(Role role) {
        return DemoAccounts.ALL.stream().filter(a -> a.role() == role).findFirst().orElseThrow().email();
    }
}
