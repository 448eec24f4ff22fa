package org.opendoors.privacy;

import org.opendoors.organisation.OrganisationImportService;
import org.opendoors.security.Role;
import org.opendoors.TestEmployers;
import org.opendoors.TestEvents;
import org.opendoors.event.EngagementEvent;
import org.opendoors.event.SignupDetails;
import org.opendoors.event.SignupService;
import org.opendoors.security.AccountPrincipal;
import org.opendoors.security.TestUsers;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * A person held in every kind of record, made through the real services: they registered an organisation (a
 * registration, a contact, a user account, e-mails), signed up for an event, changed their password while signed in
 * (so the audit trail names them), and are a contact in a file the engagement team has uploaded to import.
 */
@Component
public class TestPeople {

    public static final String NEW_PASSWORD = "Quiet-River-Lantern-42";

    private final TestEmployers employers;
    private final TestEvents events;
    private final SignupService signups;
    private final TestUsers users;
    private final OrganisationImportService imports;

    TestPeople(TestEmployers employers, TestEvents events, SignupService signups, TestUsers users,
               OrganisationImportService imports) {
        this.employers = employers;
        this.events = events;
        this.signups = signups;
        this.users = users;
        this.imports = imports;
    }

    /** The person's e-mail address; they sign in with {@link #NEW_PASSWORD}. */
    public String everywhere() {
        TestEmployers.Employer employer = employers.register(false);
        EngagementEvent event = events.published("Privacy breakfast " + System.nanoTime(), 10);
        signups.signUp(event.getId(), new SignupDetails("Sam Signup", null, employer.email(), "Vegetarian",
                "Step-free access", null, true));
        signedIn(employer.email(), () -> users.service().changeOwnPassword(TestEmployers.PASSWORD, NEW_PASSWORD));
        users.runAs(users.create(Role.ENGAGEMENT), () -> imports.stage("""
                name,sector,area,contact_name,contact_email
                Uploaded Bakery %d,Retail,East,Sam Signup,%s
                """.formatted(System.nanoTime(), employer.email())));
        return employer.email();
    }

    /** Runs work signed in as this user, as a browser session would be. */
    public void signedIn(String email, Runnable work) {
        AccountPrincipal principal = users.principal(email);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        try {
            work.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
