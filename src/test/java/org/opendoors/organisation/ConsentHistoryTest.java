package org.opendoors.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.opendoors.SpringTest;
import org.opendoors.TestEmployers;
import org.opendoors.base.SystemTask;
import org.opendoors.pledge.PledgeWallService;
import org.opendoors.pledge.WallEntry;
import org.opendoors.security.Role;
import org.opendoors.security.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Each consent answer is kept with who, when, how and the wording shown, whichever way it changes; the pledge wall
 * follows the latest answer.
 */
class ConsentHistoryTest extends SpringTest {

    @Autowired
    TestEmployers employers;

    @Autowired
    TestUsers users;

    @Autowired
    OrganisationService organisations;

    @Autowired
    OrganisationImportService imports;

    @Autowired
    ConsentHistory history;

    @Autowired
    PledgeWallService wall;

    @Test
    void registration_keeps_both_answers_with_the_registrant_and_the_wording_of_the_form() {
        TestEmployers.Employer employer = employers.register(true);

        assertThat(historyOf(employer.organisationId())).extracting(ConsentHistoryTest::describe).containsExactlyInAnyOrder(
                "CONTACT true REGISTRATION " + employer.email() + " " + ConsentWording.CONTACT,
                "PLEDGE_WALL true REGISTRATION " + employer.email() + " " + ConsentWording.WALL_AT_REGISTRATION);
    }

    @Test
    void a_profile_edit_keeps_only_the_answer_that_changed_with_the_employer_who_changed_it() {
        TestEmployers.Employer employer = employers.register(true);
        Organisation organisation = as(employer.email(), () -> organisations.find(employer.organisationId()).orElseThrow());

        as(employer.email(), () -> organisations.updateProfile(organisation.getId(), organisation.getVersion(),
                withConsents(organisation.profile(), true, false)));

        List<ConsentChange> changes = historyOf(employer.organisationId());
        assertThat(changes).hasSize(3);
        assertThat(describe(changes.getFirst())).isEqualTo("PLEDGE_WALL false PROFILE " + employer.email() + " "
                + ConsentWording.WALL_ON_PROFILE);
        assertThat(changes.getFirst().getChangedAt()).isAfterOrEqualTo(changes.getLast().getChangedAt());
    }

    @Test
    void an_import_keeps_the_answers_from_the_file_with_who_imported_it() {
        String engagement = users.create(Role.ENGAGEMENT);
        String name = "Imported Consent Ltd " + System.nanoTime();
        as(engagement, () -> imports.importRows("name,contact_consent,wall_consent\n\"" + name + "\",yes,\n"));
        long organisationId = SystemTask.run(() -> organisations.findByName(name)).orElseThrow().getId();

        assertThat(historyOf(organisationId)).extracting(ConsentHistoryTest::describe).containsExactlyInAnyOrder(
                "CONTACT true IMPORT " + engagement + " Imported from a CSV file: column contact_consent (no answer means no)",
                "PLEDGE_WALL false IMPORT " + engagement + " Imported from a CSV file: column wall_consent (no answer means no)");
    }

    @Test
    void an_import_refuses_a_consent_that_is_not_yes_or_no() {
        String engagement = users.create(Role.ENGAGEMENT);
        List<ImportRow> rows = as(engagement, () -> imports.preview("name,wall_consent\nMaybe Ltd,perhaps\n"));
        assertThat(rows.getFirst().error()).isEqualTo("wall_consent 'perhaps' is not yes or no");
    }

    @Test
    void council_staff_record_an_answer_given_by_phone_and_the_wall_follows_the_latest_answer() {
        TestEmployers.Employer employer = employers.register(true);
        employers.approvedPledge(employer.organisationId(), 1);
        assertThat(onWall(employer)).isTrue();

        Organisation organisation = as(employer.email(), () -> organisations.find(employer.organisationId()).orElseThrow());
        as(employer.email(), () -> organisations.updateProfile(organisation.getId(), organisation.getVersion(),
                withConsents(organisation.profile(), true, false)));
        assertThat(onWall(employer)).isFalse();

        String admin = users.create(Role.ADMIN);
        long version = SystemTask.run(() -> organisations.find(employer.organisationId())).orElseThrow().getVersion();
        as(admin, () -> organisations.changeConsent(employer.organisationId(), version, false, true));
        assertThat(onWall(employer)).isTrue();

        List<ConsentChange> changes = historyOf(employer.organisationId());
        assertThat(changes.subList(0, 2)).extracting(ConsentHistoryTest::describe).containsExactlyInAnyOrder(
                "CONTACT false ADMIN " + admin + " " + ConsentWording.CONTACT,
                "PLEDGE_WALL true ADMIN " + admin + " " + ConsentWording.WALL_ON_PROFILE);
    }

    @Test
    void an_employer_may_neither_read_the_history_nor_record_answers_as_staff() {
        TestEmployers.Employer employer = employers.register(true);
        assertThatThrownBy(() -> as(employer.email(), () -> history.of(employer.organisationId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(employer.email(), () -> organisations.changeConsent(employer.organisationId(), 0, true, true)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private boolean onWall(TestEmployers.Employer employer) {
        return wall.entries(null, null, 0, 100_000).stream().map(WallEntry::organisation)
                .anyMatch(employer.organisationName()::equals);
    }

    private List<ConsentChange> historyOf(long organisationId) {
        return SystemTask.run(() -> history.of(organisationId));
    }

    private <T> T as(String email, Supplier<T> work) {
        return SystemTask.run(() -> users.service().runAs(email, work));
    }

    private static OrganisationProfile withConsents(OrganisationProfile p, boolean contact, boolean wallConsent) {
        return new OrganisationProfile(p.name(), p.type(), p.sector(), p.sizeBand(), p.postcode(), p.area(), p.website(),
                p.companiesHouseNumber(), contact, wallConsent);
    }

    private static String describe(ConsentChange change) {
        return change.getType() + " " + change.isGiven() + " " + change.getMethod() + " " + change.getChangedBy() + " "
                + change.getWording();
    }
}
