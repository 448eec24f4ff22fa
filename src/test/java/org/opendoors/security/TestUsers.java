package org.opendoors.security;

import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.opendoors.base.SystemTask;
import org.springframework.stereotype.Component;

/** Creates real user accounts for tests and the principal a signed-in user would have. */
@Component
public class TestUsers {

    public static final String PASSWORD = "Correct-Horse-Battery-7";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final UserAccountService accounts;

    TestUsers(UserAccountService accounts) {
        this.accounts = accounts;
    }

    /** A new active user with these roles (EMPLOYER users need {@link #createEmployer}). */
    public String create(Role... roles) {
        return create(false, null, roles);
    }

    public String createEmployer(long organisationId) {
        return create(false, organisationId, Role.EMPLOYER);
    }

    public String createWithTemporaryPassword(Role... roles) {
        return create(true, null, roles);
    }

    private String create(boolean mustChangePassword, Long organisationId, Role... roles) {
        String email = "user" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() + "@test.example";
        SystemTask.run(() -> accounts.create(new NewUser("Test User " + SEQUENCE.get(), email,
                EnumSet.of(roles[0], roles), organisationId, PASSWORD), mustChangePassword));
        return email;
    }

    /** Runs the work signed in as this user, so that the services' method security and access checks apply. */
    public <T> T runAs(String email, java.util.function.Supplier<T> work) {
        return SystemTask.run(() -> accounts.runAs(email, work));
    }

    public UserAccountService service() {
        return accounts;
    }

    public AccountPrincipal principal(String email) {
        return accounts.findForSignIn(email).map(AccountPrincipal::of).orElseThrow().withoutPasswordHash();
    }
}
