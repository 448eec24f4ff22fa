package org.opendoors.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opendoors.SpringTest;
import org.opendoors.TestEmployers;
import org.opendoors.TestEvents;
import org.opendoors.TestMail;
import org.opendoors.base.FieldValidationException;
import org.opendoors.event.EngagementEvent;
import org.opendoors.event.SignupDetails;
import org.opendoors.event.SignupService;
import org.opendoors.security.Role;
import org.opendoors.security.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Registration and event sign-up are limited per client address and per e-mail, and never reveal who has an account. */
class PublicFormsTest extends SpringTest {

    @Autowired
    RegistrationService registrations;

    @Autowired
    SignupService signups;

    @Autowired
    TestEvents events;

    @Autowired
    TestUsers users;

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void registering_with_an_address_that_has_an_account_answers_as_any_registration_and_e_mails_its_owner() {
        String existing = users.create(Role.ADVISER);
        String reference = register(existing);
        assertThat(reference).matches("REG-[0-9A-Z]{6}");
        assertThat(registrations.checkPerson(person(existing), TestEmployers.PASSWORD, TestEmployers.PASSWORD).email())
                .isEqualTo(existing); // the form's second step does not say either
        assertThat(TestMail.text(TestMail.await(existing, "You already have an account"))).contains("nothing new has been set up");
        assertThat(TestMail.count(existing, "Confirm your e-mail address")).isZero();
    }

    @Test
    void the_fourth_registration_for_one_e_mail_within_the_hour_is_refused_without_saying_why() {
        String email = "again" + System.nanoTime() + "@again.example";
        for (int i = 0; i < 3; i++) {
            register(email);
        }
        assertThatThrownBy(() -> register(email)).isInstanceOf(FieldValidationException.class)
                .hasMessageStartingWith("This form has been sent too many times. Try again in");
    }

    @Test
    void one_client_address_cannot_sign_up_more_than_twenty_e_mail_addresses_an_hour() {
        fromAddress("198.51.100." + (System.nanoTime() % 250));
        EngagementEvent event = events.published("Relay breakfast " + System.nanoTime(), 100);
        for (int i = 0; i < 20; i++) {
            signups.signUp(event.getId(), details("relay" + i + "." + System.nanoTime() + "@victims.example"));
        }
        assertThatThrownBy(() -> signups.signUp(event.getId(), details("one.more." + System.nanoTime() + "@victims.example")))
                .isInstanceOf(FieldValidationException.class).hasMessageContaining("too many times");
        fromAddress("198.51.100.251"); // someone else is not held up
        signups.signUp(event.getId(), details("other." + System.nanoTime() + "@example.org"));
    }

    private String register(String email) {
        return registrations.register(TestEmployers.profile("Limited Ltd " + System.nanoTime(), null, false), person(email),
                TestEmployers.PASSWORD);
    }

    private static RegistrantDetails person(String email) {
        return new RegistrantDetails("Lee Limit", "Owner", email, "01632 960003");
    }

    private static SignupDetails details(String email) {
        return new SignupDetails("Sam Signup", null, email, null, null, null, true);
    }

    private static void fromAddress(String address) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }
}
