package org.opendoors.organisation;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.time.Instant;
import org.opendoors.base.FieldValidationException;
import org.opendoors.base.PublicFormThrottle;
import org.opendoors.security.OneTimeTokens;
import org.opendoors.security.PasswordPolicy;
import org.opendoors.security.UserAccountService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Self-service employer registration: anyone may start one; the organisation, its first contact and the
 * registrant's EMPLOYER account are created only when the link sent to their e-mail address is followed.
 */
@Service
public class RegistrationService {

    static final Duration LINK_LIFETIME = Duration.ofHours(48);
    private static final String REFERENCE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final EmployerRegistrationRepository registrations;
    private final OrganisationService organisations;
    private final OrganisationNames organisationNames;
    private final ContactRepository contacts;
    private final UserAccountService accounts;
    private final PasswordPolicy passwordPolicy;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PublicFormThrottle throttle;
    private final SecureRandom random = new SecureRandom();

    RegistrationService(EmployerRegistrationRepository registrations, OrganisationService organisations,
                        OrganisationNames organisationNames,
                        ContactRepository contacts, UserAccountService accounts, PasswordPolicy passwordPolicy,
                        PasswordEncoder passwordEncoder, ApplicationEventPublisher events, Clock clock,
                        PublicFormThrottle throttle) {
        this.registrations = registrations;
        this.organisations = organisations;
        this.organisationNames = organisationNames;
        this.contacts = contacts;
        this.accounts = accounts;
        this.passwordPolicy = passwordPolicy;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.clock = clock;
        this.throttle = throttle;
    }

    /** Checks the organisation step alone, so the form can stop at the first page with a problem. */
    @Transactional(readOnly = true)
    public OrganisationProfile checkOrganisation(OrganisationProfile profile) {
        return organisations.checkedProfile(profile);
    }

    /** Checks the person step alone. */
    @Transactional(readOnly = true)
    public RegistrantDetails checkPerson(RegistrantDetails person, String password, String passwordAgain) {
        String name = OrganisationProfileRules.required(person.name(), "personName", "Enter your full name");
        String jobTitle = OrganisationProfileRules.required(person.jobTitle(), "jobTitle", "Enter your job title");
        String email = OrganisationProfileRules.required(person.email(), "email", "Enter your e-mail address").toLowerCase();
        if (!email.matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")) {
            throw new FieldValidationException("email", "Enter an e-mail address in the correct format, like name@example.com");
        }
        String phone = OrganisationProfileRules.required(person.phone(), "phone", "Enter a telephone number");
        if (!phone.replaceAll("[\\s()+-]", "").matches("^[0-9]{10,13}$")) {
            throw new FieldValidationException("phone", "Enter a telephone number, like 01632 960 001 or 07700 900 982");
        }
        passwordPolicy.check(password, email);
        if (!password.equals(passwordAgain)) {
            throw new FieldValidationException("passwordAgain", "The two passwords do not match");
        }
        return new RegistrantDetails(name, jobTitle, email, phone);
    }

    /** Saves the registration and queues the e-mail with the confirmation link. Returns its reference. */
    @Transactional
    public String register(OrganisationProfile profile, RegistrantDetails person, String password) {
        OrganisationProfile checkedProfile = organisations.checkedProfile(profile);
        RegistrantDetails checkedPerson = checkPerson(person, password, password);
        throttle.take("registration", checkedPerson.email());
        if (accounts.exists(checkedPerson.email())) { // answered as any registration is; the owner is e-mailed
            events.publishEvent(new RegistrationForExistingAccount(checkedPerson.email(), checkedPerson.name()));
            return newReference();
        }
        String token = OneTimeTokens.newToken();
        Instant now = clock.instant();
        EmployerRegistration registration = registrations.save(new EmployerRegistration(newReference(),
                OneTimeTokens.hash(token), now, now.plus(LINK_LIFETIME), checkedProfile, checkedPerson,
                passwordEncoder.encode(password)));
        events.publishEvent(new EmployerRegistrationStarted(checkedPerson.email(), checkedPerson.name(),
                checkedProfile.name(), registration.getReference(), token));
        return registration.getReference();
    }

    /**
     * The organisation a link from the e-mail would register, without registering it: opening a link must change
     * nothing (mail systems open links to check them), so the page asks the registrant to confirm first.
     */
    @Transactional(readOnly = true)
    public String organisationToRegister(String token) {
        return usable(registrations.readByTokenHash(tokenHash(token))).organisation().name();
    }

    /**
     * Confirms the address with the link from the e-mail: creates the organisation (flagged if it looks like one we
     * already have), its first contact and the registrant's EMPLOYER account. Each link works once.
     */
    @Transactional
    public long verify(String token) {
        EmployerRegistration registration = usable(registrations.findByTokenHash(tokenHash(token)));
        // No one is signed in: the one-time link is the registrant's proof, so nothing here asks for a role.
        RegistrantDetails person = registration.person();
        Organisation organisation = organisations.createRegistered(registration.organisation(), person.email(),
                registration.getCreatedAt());
        contacts.save(new Contact(organisation.getId(), person.name(), person.jobTitle(), person.email(), person.phone()));
        accounts.createVerifiedEmployer(person.name(), person.email(), registration.getPasswordHash(), organisation.getId());
        registration.markVerified(clock.instant(), organisation.getId());
        Long duplicateId = organisation.getPossibleDuplicateOf();
        events.publishEvent(new OrganisationRegistered(organisation.getId(), organisation.getName(), duplicateId,
                duplicateId == null ? null : organisationNames.of(List.of(duplicateId)).get(duplicateId)));
        return organisation.getId();
    }

    private static String tokenHash(String token) {
        return OneTimeTokens.hash(token == null ? "" : token);
    }

    /** The registration a link found, if the link can still be used; else why not, for the link's page. */
    private EmployerRegistration usable(Optional<EmployerRegistration> found) {
        EmployerRegistration registration = found.orElseThrow(() -> new RegistrationLinkException(
                "This link is not recognised. Check you copied the whole link from the e-mail."));
        if (registration.isVerified()) {
            throw new RegistrationLinkException("This link has already been used. Your organisation is registered: sign in.");
        }
        if (registration.isExpired(clock.instant())) {
            throw new RegistrationLinkException("This link has expired. Links work for 48 hours: please register again.");
        }
        return registration;
    }

    private String newReference() {
        String reference;
        do {
            StringBuilder code = new StringBuilder("REG-");
            for (int i = 0; i < 6; i++) {
                code.append(REFERENCE_ALPHABET.charAt(random.nextInt(REFERENCE_ALPHABET.length())));
            }
            reference = code.toString();
        } while (registrations.existsByReference(reference));
        return reference;
    }
}
