package org.opendoors.demo;

import org.opendoors.base.DeploymentMode;
import org.opendoors.base.SystemTask;
import org.opendoors.security.UserAccount;
import org.opendoors.security.UserAccountService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The demo sign-ins have a published password. When demo mode is off (an external database, or
 * {@code OPEN_DOORS_DEMO=false}) every demo account that exists, e.g. in a data folder first started in
 * demo mode, is disabled at start, so nobody can sign in with the landing page's details.
 */
@Component
@Order(5)
class DemoAccountGuard implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAccountGuard.class);

    private final DeploymentMode mode;
    private final UserAccountService accounts;

    DemoAccountGuard(DeploymentMode mode, UserAccountService accounts) {
        this.mode = mode;
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!mode.isDemo()) {
            disableDemoAccounts();
        }
    }

    void disableDemoAccounts() {
        SystemTask.run(() -> {
            for (DemoAccounts.DemoAccount demo : DemoAccounts.ALL) {
                if (!accounts.exists(demo.email())) {
                    continue;
                }
                accounts.search(demo.email(), PageRequest.of(0, 5)).stream()
                        .filter(a -> a.getEmail().equalsIgnoreCase(demo.email()) && a.isEnabled())
                        .forEach(this::disable);
            }
        });
    }

    private void disable(UserAccount account) {
        accounts.update(account.getId(), account.getVersion(), account.getRoles(), account.getOrganisationId(), false);
        log.warn("Demo mode is off: disabled the demo account {}", account.getEmail());
    }
}
