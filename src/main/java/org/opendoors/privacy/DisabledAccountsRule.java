package org.opendoors.privacy;

import java.time.LocalDate;
import org.opendoors.security.DisabledAccountRetention;
import org.springframework.stereotype.Component;

/**
 * Disabled user accounts: {@code security} cannot implement {@link RetentionRule} itself (privacy already depends
 * on it), so this rule hands the cut-off to its {@link DisabledAccountRetention}.
 */
@Component
class DisabledAccountsRule implements RetentionRule {

    private final DisabledAccountRetention accounts;

    DisabledAccountsRule(DisabledAccountRetention accounts) {
        this.accounts = accounts;
    }

    @Override
    public RetentionKind kind() {
        return RetentionKind.DISABLED_ACCOUNTS;
    }

    @Override
    public int apply(LocalDate cutoff) {
        return accounts.anonymiseDisabledBefore(RetentionRule.endOf(cutoff));
    }
}
