package org.opendoors.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.opendoors.SpringTest;
import org.opendoors.TestEmployers;
import org.opendoors.TestMail;
import org.opendoors.base.SystemTask;
import org.opendoors.pledge.PledgeService;
import org.opendoors.security.Role;
import org.opendoors.security.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

/** A registration that matches an existing organisation is flagged, not silently created twice; merging joins them. */
class DuplicatesAndMergeTest extends SpringTest {

    @Autowired
    RegistrationService registrations;

    @Autowired
    OrganisationService organisations;

    @Autowired
    OrganisationMergeService merges;

    @Autowired
    PledgeService pledges;

    @Autowired
    TestEmployers employers;

    @Autowired
    TestUsers users;

    @Test
    void same_companies_house_number_same_domain_or_same_name_is_flagged_to_the_engagement_team() {
        String engagement = users.create(Role.ENGAGEMENT);
        long original = register("Harbour Lights Cafe " + System.nanoTime(), "HL" + (100000 + System.nanoTime() % 899999), "owner@harbourlights-" + System.nanoTime() + ".example");
        Organisation first = found(original);

        long byNumber = register("Completely Different Name " + System.nanoTime(), first.getCompaniesHouseNumber(), "x@elsewhere-" + System.nanoTime() + ".example");
        long byDomain = register("Another Name " + System.nanoTime(), null, "second@" + first.getEmailDomain());
        long byName = register("The " + first.getName() + " Ltd", null, "third" + System.nanoTime() + "@gmail.com");
        long unrelated = register("Unrelated Florist " + System.nanoTime(), null, "fourth" + System.nanoTime() + "@gmail.com");

        assertThat(found(byNumber).getPossibleDuplicateOf()).isEqualTo(original);
        assertThat(found(byDomain).getPossibleDuplicateOf()).isEqualTo(original);
        assertThat(found(byName).getPossibleDuplicateOf()).isEqualTo(original);
        assertThat(found(unrelated).getPossibleDuplicateOf()).isNull();
        TestMail.await(engagement, "Possible duplicate organisation");
    }

    @Test
    void merging_moves_contacts_pledges_and_users_and_keeps_both_records() {
        TestEmployers.Employer keep = employers.register(true);
        TestEmployers.Employer duplicate = employers.register(true);
        long pledgeId = employers.submittedPledge(duplicate.organisationId(), 2).getId();

        SystemTask.run(() -> merges.merge(duplicate.organisationId(), keep.organisationId()));

        assertThat(found(duplicate.organisationId()).getMergedInto()).isEqualTo(keep.organisationId());
        assertThat(SystemTask.run(() -> organisations.contacts(keep.organisationId()))).extracting(Contact::getEmail)
                .contains(keep.email(), duplicate.email());
        assertThat(SystemTask.run(() -> pledges.find(pledgeId)).getOrganisationId()).isEqualTo(keep.organisationId());
        assertThat(users.principal(duplicate.email()).organisationId()).isEqualTo(keep.organisationId());
        assertThat(SystemTask.run(() -> organisations.count(new OrganisationFilter(duplicate.organisationName(), null, null, null, null, false))))
                .isZero();
    }

    private long register(String name, String companiesHouseNumber, String email) {
        registrations.register(TestEmployers.profile(name, companiesHouseNumber, false),
                new RegistrantDetails("Someone", "Manager", email, "01632 960001"), TestEmployers.PASSWORD);
        return registrations.verify(employers.tokenFor(email));
    }

    private Organisation found(long id) {
        return SystemTask.run(() -> organisations.find(id).orElseThrow());
    }
}
