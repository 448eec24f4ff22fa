package org.opendoors.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.opendoors.SpringTest;
import org.opendoors.privacy.SubjectAccessService;
import org.opendoors.privacy.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;

/** Erasing a person ends the sessions their account has open, at the next request. */
class ErasedAccountSessionTest extends SpringTest {

    @Autowired
    SessionPolicy policy;

    @Autowired
    SubjectAccessService subjectAccess;

    @Autowired
    TestPeople people;

    @Autowired
    TestUsers users;

    @Test
    void an_erased_persons_open_session_ends() {
        String email = people.everywhere();
        AccountPrincipal session = users.principal(email).signedInAt(clock.instant());
        assertThat(policy.mayContinue(session)).isTrue();
        clock.travel(Duration.ofSeconds(1));

        people.signedIn(users.create(Role.ADMIN), () -> subjectAccess.erase(email));

        assertThat(policy.mayContinue(session)).isFalse();
    }
}
