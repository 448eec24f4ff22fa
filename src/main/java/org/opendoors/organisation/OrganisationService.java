package org.opendoors.organisation;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.opendoors.base.FieldValidationException;
import org.opendoors.security.AppRoles;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Organisations and their contacts. Employers reach only their own; the council's staff reach all. */
@Service
public class OrganisationService {

    private final OrganisationRepository organisations;
    private final ContactRepository contacts;
    private final AreaRepository areas;
    private final OrganisationAccess access;
    private final ConsentHistory consents;
    private final Clock clock;
    private final OrganisationListQuery listQuery;

    OrganisationService(OrganisationRepository organisations, ContactRepository contacts, AreaRepository areas,
                        OrganisationAccess access, ConsentHistory consents, Clock clock, OrganisationListQuery listQuery) {
        this.listQuery = listQuery;
        this.organisations = organisations;
        this.contacts = contacts;
        this.areas = areas;
        this.access = access;
        this.consents = consents;
        this.clock = clock;
    }

    @Transactional
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN})
    public Organisation create(String name, String sector, String area, OrganisationStatus status, boolean wallConsent) {
        if (name == null || name.isBlank()) {
            throw new FieldValidationException("name", "Enter the organisation's name");
        }
        Organisation organisation = new Organisation(name.trim(), sector, area, status, clock.instant());
        organisation.setProfile(new OrganisationProfile(name.trim(), null, sector, null, null, area, null, null, true, wallConsent));
        Organisation saved = organisations.save(organisation);
        consents.record(saved.getId(), null, saved.profile(), ConsentMethod.ADMIN, ConsentHistory.actor(), clock.instant());
        return saved;
    }

    /** Organisations whose name starts with the text typed, for pickers (procurement picks contracts' suppliers). */
    @Transactional(readOnly = true)
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_PROCUREMENT, AppRoles.ROLE_ADMIN})
    public Page<Organisation> findByNamePrefix(String prefix, Pageable pageable) {
        return organisations.findActiveByNamePrefix(prefix == null ? "" : prefix.trim(), pageable);
    }

    @Transactional(readOnly = true)
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN})
    public Optional<Organisation> findByName(String name) {
        return organisations.findFirstByNameAndMergedIntoIsNull(name);
    }

    /** One organisation, if the signed-in user may see it. */
    @Transactional(readOnly = true)
    public Optional<Organisation> find(long id) {
        access.checkCanUse(id);
        return organisations.findById(id);
    }

    /** A page of the organisation list, filtered and sorted in SQL. */
    @Transactional(readOnly = true)
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN})
    public List<Organisation> search(OrganisationFilter filter, Pageable pageable) {
        return listQuery.page(filter, pageable);
    }

    @Transactional(readOnly = true)
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN})
    public long count(OrganisationFilter filter) {
        return listQuery.count(filter);
    }

    @Transactional(readOnly = true)
    public List<String> sectors() {
        return organisations.sectors();
    }

    /**
     * Saves a changed profile; refuses if someone else saved the organisation since it was read. A changed consent
     * is kept in the consent history, as given on the profile (an employer) or by council staff.
     */
    @Transactional
    public Organisation updateProfile(long id, long expectedVersion, OrganisationProfile profile) {
        access.checkCanUse(id);
        Organisation organisation = current(id, expectedVersion);
        OrganisationProfile before = organisation.profile();
        organisation.setProfile(OrganisationProfileRules.checked(profile, activeAreaNameSet()));
        consents.record(id, before, organisation.profile(), access.isCouncilStaff() ? ConsentMethod.ADMIN
                : ConsentMethod.PROFILE, ConsentHistory.actor(), clock.instant());
        return organisations.saveAndFlush(organisation);
    }

    /** Council staff record the organisation's answers (given by phone or letter, say); kept in the consent history. */
    @Transactional
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN})
    public Organisation changeConsent(long id, long expectedVersion, boolean contactConsent, boolean wallConsent) {
        Organisation organisation = current(id, expectedVersion);
        OrganisationProfile before = organisation.profile();
        organisation.setProfile(new OrganisationProfile(before.name(), before.type(), before.sector(), before.sizeBand(),
                before.postcode(), before.area(), before.website(), before.companiesHouseNumber(), contactConsent, wallConsent));
        consents.record(id, before, organisation.profile(), ConsentMethod.ADMIN, ConsentHistory.actor(), clock.instant());
        return organisations.saveAndFlush(organisation);
    }

    private Organisation current(long id, long expectedVersion) {
        Organisation organisation = organisations.findById(id).orElseThrow();
        if (organisation.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Organisation.class, id);
        }
        return organisation;
    }

    /** Kept in step with the organisation's pledges by the pledge lifecycle. */
    @Transactional
    public void recordStatus(long id, OrganisationStatus status) {
        access.checkCanUse(id);
        organisations.findById(id).ifPresent(o -> {
            o.setStatus(status);
            if (status == OrganisationStatus.PLEDGED) {
                o.setPledgeInForce(true); // an approved pledge vets the organisation
            } else if (status == OrganisationStatus.LAPSED) {
                o.setPledgeInForce(false);
            }
        });
    }

    /** The engagement team has checked the organisation: its offers may reach advisers (audited: who and when). */
    @Transactional
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN})
    public Organisation markVetted(long id) {
        Organisation organisation = organisations.findById(id).orElseThrow();
        String by = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication().getName();
        organisation.markVetted(clock.instant(), by);
        return organisation;
    }

    /** Takes back the engagement team's check; a pledge in force still vets the organisation. */
    @Transactional
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN})
    public Organisation withdrawVetting(long id) {
        Organisation organisation = organisations.findById(id).orElseThrow();
        organisation.withdrawVetting();
        return organisation;
    }

    /**
     * Whether an organisation's offers may reach advisers and take place requests: vetted (pledge in force or
     * checked by the engagement team) and neither merged nor a possible duplicate.
     */
    @Transactional(readOnly = true)
    public boolean isListable(long id) {
        return organisations.findById(id).map(Organisation::isListable).orElse(false);
    }

    @Transactional
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN})
    public void assignOwner(long id, Long ownerUserId) {
        organisations.findById(id).orElseThrow().setOwnerUserId(ownerUserId);
    }

    @Transactional(readOnly = true)
    public List<Contact> contacts(long organisationId) {
        access.checkCanUse(organisationId);
        return contacts.findByOrganisationIdOrderByName(organisationId);
    }

    @Transactional
    public Contact addContact(long organisationId, RegistrantDetails person) {
        access.checkCanUse(organisationId);
        String name = OrganisationProfileRules.required(person.name(), "contactName", "Enter the contact's name");
        String email = OrganisationProfileRules.required(person.email(), "contactEmail", "Enter the contact's e-mail address");
        if (!email.matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")) {
            throw new FieldValidationException("contactEmail", "Enter an e-mail address in the correct format, like name@example.com");
        }
        return contacts.save(new Contact(organisationId, name, OrganisationProfileRules.blankToNull(person.jobTitle()),
                email.toLowerCase(), OrganisationProfileRules.blankToNull(person.phone())));
    }

    @Transactional(readOnly = true)
    public List<String> activeAreaNames() {
        return areas.findByActiveTrueOrderByName().stream().map(Area::getName).toList();
    }

    private java.util.Set<String> activeAreaNameSet() {
        return activeAreaNames().stream().collect(Collectors.toSet());
    }

    /**
     * Used by registration: creates the organisation and flags it if it looks like one we already have. The
     * registrant's consent answers go into the history as given when they registered.
     */
    Organisation createRegistered(OrganisationProfile profile, String registrantEmail, java.time.Instant answeredAt) {
        Organisation organisation = new Organisation(profile.name(), profile.sector(), profile.area(),
                OrganisationStatus.ENGAGED, clock.instant());
        organisation.setProfile(profile);
        String domain = OrganisationFormats.organisationDomain(registrantEmail).orElse(null);
        organisation.setEmailDomain(domain);
        findPossibleDuplicate(profile, domain).ifPresent(existing -> organisation.flagPossibleDuplicateOf(existing.getId()));
        Organisation saved = organisations.save(organisation);
        consents.record(saved.getId(), null, profile, ConsentMethod.REGISTRATION, registrantEmail, answeredAt);
        return saved;
    }

    Optional<Organisation> findPossibleDuplicate(OrganisationProfile profile, String emailDomain) {
        String comparable = OrganisationFormats.comparableName(profile.name());
        String longestWord = java.util.Arrays.stream(comparable.split(" "))
                .max(java.util.Comparator.comparingInt(String::length)).orElse(comparable);
        return organisations.findPossibleDuplicates(profile.companiesHouseNumber(), emailDomain, longestWord,
                        PageRequest.of(0, 50)).stream()
                .filter(o -> (profile.companiesHouseNumber() != null && profile.companiesHouseNumber().equals(o.getCompaniesHouseNumber()))
                        || (emailDomain != null && emailDomain.equals(o.getEmailDomain()))
                        || OrganisationFormats.comparableName(o.getName()).equals(comparable))
                .findFirst();
    }

    OrganisationProfile checkedProfile(OrganisationProfile profile) {
        return OrganisationProfileRules.checked(profile, activeAreaNameSet());
    }
}
