package org.opendoors.notification;

import java.util.List;
import org.opendoors.security.Role;
import org.opendoors.security.UserAccount;
import org.opendoors.security.UserAccountService;
import org.springframework.stereotype.Component;

/** Who hears about an organisation or a piece of council work. */
@Component
class Recipients {

    private final UserAccountService accounts;

    Recipients(UserAccountService accounts) {
        this.accounts = accounts;
    }

    List<String> employerUsersOf(long organisationId) {
        return accounts.employerEmails(organisationId);
    }

    /** A user's address, if the account is still active. */
    java.util.Optional<String> activeUser(long userId) {
        return accounts.activeEmailOf(userId);
    }

    List<String> engagementTeam() {
        return accounts.activeUsersWithRole(Role.ENGAGEMENT).stream().map(UserAccount::getEmail).toList();
    }
}
