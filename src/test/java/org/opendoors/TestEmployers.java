package org.opendoors;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.opendoors.base.SystemTask;
import org.opendoors.organisation.EmployerRegistrationStarted;
import org.opendoors.organisation.OrganisationProfile;
import org.opendoors.organisation.OrganisationType;
import org.opendoors.organisation.RegistrantDetails;
import org.opendoors.organisation.RegistrationService;
import org.opendoors.organisation.SizeBand;
import org.opendoors.pledge.CommitmentChoice;
import org.opendoors.pledge.CommitmentService;
import org.opendoors.pledge.Pledge;
import org.opendoors.pledge.PledgeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Registered employers and their pledges, made through the real services, for tests about what comes next.
 * It listens for registration events to learn the confirmation tokens the e-mails carry.
 */
@Component
public class TestEmployers {

    public static final String PASSWORD = "Sunny-Quay-Lantern-71";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final RegistrationService registrations;
    private final PledgeService pledges;
    private final CommitmentService commitments;
    private final TestListeners listeners;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    TestEmployers(RegistrationService registrations, PledgeService pledges, CommitmentService commitments,
                  TestListeners listeners) {
        this.registrations = registrations;
        this.listeners = listeners;
        this.pledges = pledges;
        this.commitments = commitments;
    }

    @EventListener
    void on(EmployerRegistrationStarted started) {
        tokens.put(started.email(), started.token());
    }

    public String tokenFor(String email) {
        return tokens.get(email);
    }

    public record Employer(long organisationId, String email, String organisationName) {
    }

    /** A registered, confirmed organisation on the pledge wall (if consenting), with one EMPLOYER user. */
    public Employer register(boolean wallConsent) {
        int n = SEQUENCE.incrementAndGet();
        String name = "Test Employer " + n + " " + System.nanoTime();
        String email = "employer" + n + "." + System.nanoTime() + "@employer" + n + "-" + System.nanoTime() + ".example";
        registrations.register(profile(name, null, wallConsent),
                new RegistrantDetails("Employer Person " + n, "HR manager", email, "01632 960001"), PASSWORD);
        long organisationId = registrations.verify(tokens.get(email));
        return new Employer(organisationId, email, name);
    }

    /** Another organisation registered from the same e-mail domain as {@code existing}: flagged as a possible duplicate. */
    public Employer registerAlongside(Employer existing) {
        int n = SEQUENCE.incrementAndGet();
        String name = "Alongside Employer " + n + " " + System.nanoTime();
        String email = "colleague" + n + "." + System.nanoTime() + existing.email().substring(existing.email().indexOf('@'));
        registrations.register(profile(name, null, false),
                new RegistrantDetails("Colleague Person " + n, "Manager", email, "01632 960001"), PASSWORD);
        long organisationId = registrations.verify(tokens.get(email));
        return new Employer(organisationId, email, name);
    }

    public static OrganisationProfile profile(String name, String companiesHouseNumber, boolean wallConsent) {
        return new OrganisationProfile(name, OrganisationType.BUSINESS, "Construction", SizeBand.SMALL, "SS1 2AB",
                "Central", null, companiesHouseNumber, true, wallConsent);
    }

    /** A submitted pledge with the first {@code commitmentCount} commitments, 3 a year each. */
    public Pledge submittedPledge(long organisationId, int commitmentCount) {
        return SystemTask.run(() -> {
            List<CommitmentChoice> choices = commitments.active().stream().limit(commitmentCount)
                    .map(c -> new CommitmentChoice(c.getId(), 3, null)).toList();
            Pledge draft = pledges.saveDraft(organisationId, null, null, LocalDate.now().plusDays(7), choices);
            return pledges.submit(draft.getId(), draft.getVersion());
        });
    }

    /** An approved pledge whose certificate has been issued (after the approval committed). */
    public Pledge approvedPledge(long organisationId, int commitmentCount) {
        Pledge submitted = submittedPledge(organisationId, commitmentCount);
        Pledge approved = SystemTask.run(() -> pledges.approve(submitted.getId(), submitted.getVersion()));
        listeners.awaitAll();
        return approved;
    }
}
