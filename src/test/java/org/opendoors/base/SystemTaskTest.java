package org.opendoors.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.opendoors.KaribuTest;
import org.opendoors.TestEmployers;
import org.opendoors.security.UserAccountService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/** In a UI request the signed-in user's context lives in the HTTP session, and Vaadin's holder prefers it. */
class SystemTaskTest extends KaribuTest {

    @Autowired
    TestEmployers employers;

    @Autowired
    UserAccountService accounts;

    @Test
    void system_work_inside_an_employers_ui_request_runs_as_the_system_and_the_employer_is_back_afterwards() {
        TestEmployers.Employer employer = employers.register(false);
        signIn(employer.email());
        // as a real browser request has it: Spring Security keeps the employer's context in the HTTP session
        VaadinSession.getCurrent().getSession().setAttribute("SPRING_SECURITY_CONTEXT", SecurityContextHolder.getContext());
        assertThatThrownBy(() -> accounts.find(1)).isInstanceOf(AccessDeniedException.class);

        assertThat(SystemTask.run(() -> accounts.find(1))).isPresent();

        assertThat(VaadinSession.getCurrent()).isNotNull();
        assertThatThrownBy(() -> accounts.find(1)).isInstanceOf(AccessDeniedException.class);
    }
}
