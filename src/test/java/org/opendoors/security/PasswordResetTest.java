package org.opendoors.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendoors.KaribuTest;
import org.opendoors.TestMail;
import org.opendoors.base.SystemTask;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/** "Forgot your password?" as a user meets it: the pages, the e-mails through the outbox, the link's rules. */
class PasswordResetTest extends KaribuTest {

    private static final String NEW_PASSWORD = "Lighthouse-Marmalade-Kettle-9";
    private static final String SAME_ANSWER = "If an account exists for ";

    @Autowired
    PasswordResetService resets;

    @Autowired
    AuthenticationProvider signIn;

    @Autowired
    JdbcTemplate jdbc;

    /**
     * These tests wait for links that expire; e-mail that earlier test classes queued and never waited for (welcome
     * e-mails for hundreds of generated users) is not theirs to wait behind. Each test here waits for its own.
     */
    @BeforeEach
    void noBacklogFromEarlierTests() {
        jdbc.update("delete from outbound_email where status = 'PENDING'");
    }

    @Test
    void someone_who_forgot_their_password_chooses_a_new_one_by_link_and_is_told_by_email() {
        String email = users.create(Role.ADVISER);
        askForLink(email);
        assertThat(pageText()).contains("Check your e-mail").contains(SAME_ANSWER + email);

        MimeMessage message = TestMail.await(email, "Reset your Open Doors password");
        String link = TestMail.linkPath(message, "reset-password/");
        assertThat(TestMail.text(message)).contains("within 1 hour");
        chooseNewPassword(link, NEW_PASSWORD);
        assertThat(heading()).isEqualTo("Your password has been changed");
        TestMail.await(email, "Your Open Doors password was changed");

        assertThat(signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, NEW_PASSWORD))
                .isAuthenticated()).isTrue();
        assertThatThrownBy(() -> signIn.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(email, TestUsers.PASSWORD)))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void the_new_password_follows_the_password_rules_and_nothing_is_changed_until_it_does() {
        String email = users.create(Role.ENGAGEMENT);
        askForLink(email);
        String link = TestMail.linkPath(TestMail.await(email, "Reset your"), "reset-password/");
        chooseNewPassword(link, "password1234");
        PasswordField password = _get(PasswordField.class, spec -> spec.withLabel("Create a password"));
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).contains("too common");
        assertThat(password.getValue()).as("what was typed is kept").isEqualTo("password1234");
        assertThat(users.principal(email)).isNotNull();
        assertThat(signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, TestUsers.PASSWORD))
                .isAuthenticated()).isTrue();
    }

    @Test
    void a_used_link_cannot_be_used_again() {
        String email = users.create(Role.ADVISER);
        askForLink(email);
        String link = TestMail.linkPath(TestMail.await(email, "Reset your"), "reset-password/");
        chooseNewPassword(link, NEW_PASSWORD);
        UI.getCurrent().navigate(link);
        assertThat(heading()).isEqualTo("This link cannot be used");
        assertThat(pageText()).contains("already been used");
    }

    @Test
    void a_link_works_for_one_hour_only() {
        String email = users.create(Role.ADVISER);
        resets.requestLink(email, "10.9.5.1");
        String link = TestMail.linkPath(TestMail.await(email, "Reset your"), "reset-password/");
        clock.travel(Duration.ofMinutes(61));
        UI.getCurrent().navigate(link);
        assertThat(heading()).isEqualTo("This link cannot be used");
        assertThat(pageText()).contains("expired");
    }

    @Test
    void a_disabled_account_gets_no_link_but_the_same_answer() {
        String email = users.create(Role.ADVISER);
        SystemTask.run(() -> {
            UserAccount account = users.service().find(users.principal(email).id()).orElseThrow();
            users.service().update(account.getId(), account.getVersion(), account.getRoles(), null, false);
        });
        askForLink(email);
        assertThat(pageText()).contains(SAME_ANSWER + email);
        String known = users.create(Role.ADVISER);
        resets.requestLink(known, "10.9.0.1");
        TestMail.await(known, "Reset your"); // sent after the disabled account's request would have been
        assertThat(TestMail.count(email, "Reset your")).isZero();
    }

    @Test
    void an_unknown_address_gets_the_same_answer_after_the_same_time() {
        String unknown = "nobody." + System.nanoTime() + "@unknown.example";
        askForLink(unknown);
        assertThat(pageText()).contains("Check your e-mail").contains(SAME_ANSWER + unknown);

        String known = users.create(Role.ADVISER);
        long knownNanos = timed(() -> resets.requestLink(known, "10.9.1.1"));
        long unknownNanos = timed(() -> resets.requestLink("other." + unknown, "10.9.1.2"));
        // both are padded to the configured answer time, so neither reveals whether the address has an account
        assertThat(Duration.ofNanos(knownNanos)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
        assertThat(Duration.ofNanos(unknownNanos)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
    }

    @Test
    void a_badly_formed_address_is_refused_next_to_the_field() {
        UI.getCurrent().navigate("forgot-password");
        _setValue(_get(EmailField.class, spec -> spec.withLabel("E-mail address")), "not-an-address");
        _click(_get(Button.class, spec -> spec.withText("Send the link")));
        EmailField field = _get(EmailField.class, spec -> spec.withLabel("E-mail address"));
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).contains("correct format");
    }

    @Test
    void requests_are_limited_per_email_address_and_per_client_address() {
        String email = users.create(Role.ADVISER);
        for (int i = 0; i < 5; i++) {
            resets.requestLink(email, "10.9.2." + i);
        }
        assertThatThrownBy(() -> resets.requestLink(email, "10.9.2.99"))
                .isInstanceOf(TooManyRequestsException.class)
                .hasMessageContaining("Try again in");
        assertThat(TestMail.count(email, "Reset your")).isLessThanOrEqualTo(5);

        for (int i = 0; i < 20; i++) {
            resets.requestLink("someone" + i + "." + System.nanoTime() + "@flood.example", "10.9.3.1");
        }
        assertThatThrownBy(() -> resets.requestLink("one-more@flood.example", "10.9.3.1"))
                .isInstanceOf(TooManyRequestsException.class);
        resets.requestLink("one-more@flood.example", "10.9.3.2"); // another client address is not held up
    }

    @Test
    void the_sign_in_page_links_to_forgot_your_password() {
        UI.getCurrent().navigate("login");
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withText("Forgot your password?"))
                .getHref()).isEqualTo("forgot-password");
    }

    private void askForLink(String email) {
        UI.getCurrent().navigate("forgot-password");
        _setValue(_get(EmailField.class, spec -> spec.withLabel("E-mail address")), email);
        _click(_get(Button.class, spec -> spec.withText("Send the link")));
    }

    private void chooseNewPassword(String link, String password) {
        UI.getCurrent().navigate(link);
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Create a password")), password);
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Type the password again")), password);
        _click(_get(Button.class, spec -> spec.withText("Save password")));
    }

    private static String heading() {
        return _get(H1.class).getText();
    }

    /** The heading and the paragraphs, as a reader takes them in. */
    private static String pageText() {
        return heading() + "\n" + _find(Paragraph.class).stream()
                .map(paragraph -> paragraph.getElement().getTextRecursively())
                .collect(Collectors.joining("\n"));
    }

    private static long timed(Runnable work) {
        long started = System.nanoTime();
        work.run();
        return System.nanoTime() - started;
    }
}
